// Removes an own division by its dataset: its regions with their memberships, and the division node. National
// divisions have no dataset and are never matched.
MATCH (d:Division {dataset: $dataset})
WHERE d.own = true
OPTIONAL MATCH (r:Region)-[:PART_OF]->(d)
DETACH DELETE r
WITH DISTINCT d
DETACH DELETE d
RETURN count(d) AS deleted
