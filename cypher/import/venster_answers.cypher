UNWIND $rows AS row
MATCH (r:Region {kind: 'IZA', code: row.region, graph: $graph})
CREATE (a:VensterAnswer)
SET a = row, a.dataset = $dataset, a.demo = $demo, a.contentHash = $contentHash, a.importedAt = $importedAt
CREATE (a)-[:IN_REGION]->(r)
RETURN count(a) AS written
