UNWIND $rows AS row
MATCH (r:Region {kind: 'IZA', code: row.region, graph: $graph})
CREATE (d:RegionDocument)
SET d = row, d.importedAt = $importedAt
CREATE (d)-[:IN_REGION]->(r)
RETURN count(d) AS written
