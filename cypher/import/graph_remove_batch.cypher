// Removes up to $limit nodes of national graph version $remove with their relationships (user data keeps its nodes:
// the switch linked it to the version that replaced this one). Answers how many went; the caller repeats until 0.
MATCH (n)
WHERE (n:Municipality OR n:Region OR n:Division OR n:Source OR n:Insurer OR n:Hospital OR n:PackedBorders)
  AND n.graph = $remove
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS removed
