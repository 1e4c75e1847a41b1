OPTIONAL MATCH (d:Dataset {id: 'national'})
RETURN d IS NOT NULL AS present
