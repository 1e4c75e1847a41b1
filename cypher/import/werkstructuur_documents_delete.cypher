// Removes every imported document status.
MATCH (d:RegionDocument)
DETACH DELETE d
RETURN count(*) AS removed
