// Removes an own division by its dataset: its regions with their memberships, and the division node, in every
// national version present. National divisions have no dataset and are never matched. deleted counts the division
// once, in the version in force (it has a copy in each version present).
MATCH (d:Division {dataset: $dataset})
WHERE d.own = true
OPTIONAL MATCH (r:Region)-[:PART_OF]->(d)
DETACH DELETE r
WITH DISTINCT d
WITH d, d.graph = $graph AS inForce
DETACH DELETE d
RETURN count(CASE WHEN inForce THEN 1 END) AS deleted
