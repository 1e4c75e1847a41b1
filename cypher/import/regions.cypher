// The regions of a new national graph version, each PART_OF its division of that version (merged just before).
UNWIND $rows AS row
MATCH (d:Division {kind: row.kind, graph: $graph})
CREATE (r:Region)-[:PART_OF {source: row.source, referenceDate: row.referenceDate}]->(d)
SET r = row, r.graph = $graph
