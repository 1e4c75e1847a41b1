UNWIND $rows AS row
MATCH (r:Region {kind: 'IZA', code: row.region, graph: $graph})
CREATE (w:WerkstructuurRole)
SET w = row, w.importedAt = $importedAt
CREATE (w)-[:IN_REGION]->(r)
RETURN count(w) AS written
