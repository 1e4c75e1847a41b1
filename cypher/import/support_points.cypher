// Support points of one dataset; MERGE on id, so appending a point again updates it.
// A point without a municipality (real rows whose source names none) gets no IN relationship.
UNWIND $rows AS row
MERGE (p:SupportPoint {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.kindLabel = row.kindLabel, p.address = row.address, p.town = row.town,
    p.lat = row.lat, p.lon = row.lon, p.located = row.located, p.source = row.source, p.sourceUrl = row.sourceUrl,
    p.asOf = row.asOf, p.planned = row.planned, p.note = row.note, p.demo = $demo, p.dataset = $dataset
WITH p, row
WHERE row.municipality IS NOT NULL
MATCH (m:Municipality {code: row.municipality})
MERGE (p)-[:IN]->(m)
