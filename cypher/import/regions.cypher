UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r += row
WITH r, row
MATCH (d:Division {kind: row.kind})
MERGE (r)-[:PART_OF]->(d)
