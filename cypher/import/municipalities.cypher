// The municipalities of a new national graph version ($graph, not yet in force): CREATE, the version is new.
UNWIND $rows AS row
CREATE (m:Municipality)
SET m = row, m.graph = $graph
