// Fresh store only: CREATE, no MERGE lookups. Divisions are few (6); they were merged just before.
UNWIND $rows AS row
MATCH (d:Division {kind: row.kind})
CREATE (r:Region)-[:PART_OF {source: row.source, referenceDate: row.referenceDate}]->(d)
SET r = row
