// A store from before versioning: its national graph (and the own divisions on it) becomes version 1, in force.
MATCH (n)
WHERE (n:Municipality OR n:Region OR n:Division OR n:Source OR n:Insurer OR n:Hospital OR n:PackedBorders)
  AND n.graph IS NULL
SET n.graph = 1
WITH count(n) AS versioned
MERGE (meta:Meta {id: 'regiograaf'})
ON CREATE SET meta.dataVersion = 0
SET meta.currentGraph = 1, meta.lastGraph = coalesce(meta.lastGraph, 1)
WITH versioned
MATCH (d:Dataset {id: 'national'})
SET d.graph = 1
RETURN versioned
