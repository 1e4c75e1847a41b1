UNWIND $rows AS row
MERGE (d:Division {kind: row.kind, graph: $graph})
SET d.name = row.name, d.source = row.source, d.referenceDate = row.referenceDate
