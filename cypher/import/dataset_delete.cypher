MATCH (d:Dataset {id: $id})
DELETE d
RETURN count(*) AS deleted
