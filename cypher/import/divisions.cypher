UNWIND $rows AS row
MERGE (d:Division {kind: row.kind})
SET d.name = row.name, d.source = row.source, d.referenceDate = row.referenceDate
