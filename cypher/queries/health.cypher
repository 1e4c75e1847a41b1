// Liveness of the graph: how many municipalities the national version in force holds (while a new version is being
// written, or before the old one is deleted, the store holds two).
MATCH (m:Municipality {graph: $graph})
RETURN count(m) AS municipalities
