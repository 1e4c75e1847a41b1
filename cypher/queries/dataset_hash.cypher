OPTIONAL MATCH (d:Dataset {id: $id})
RETURN d.contentHash AS hash
