// Liveness of the graph: how many municipalities it holds.
MATCH (m:Municipality)
RETURN count(m) AS municipalities
