UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r += row
WITH r, row
MATCH (d:Division {kind: row.kind})
MERGE (r)-[p:PART_OF]->(d)
SET p.source = row.source, p.referenceDate = row.referenceDate
