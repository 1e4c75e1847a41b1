// Support points of one dataset; MERGE on id, so writing a point again updates it. importId marks the import
// that last wrote the point: replace mode then removes the dataset's points of earlier imports (sweep), AFTER
// writing, because creating index entries after many deletions in the same transaction is very slow.
// A point without a municipality (real rows whose source names none) gets no IN relationship.
UNWIND $rows AS row
MERGE (p:SupportPoint {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.kindLabel = row.kindLabel, p.address = row.address, p.town = row.town,
    p.lat = row.lat, p.lon = row.lon, p.located = row.located, p.source = row.source, p.sourceUrl = row.sourceUrl,
    p.asOf = row.asOf, p.planned = row.planned, p.note = row.note, p.demo = $demo, p.dataset = $dataset,
    p.importId = $importId
WITH p, row
WHERE row.municipality IS NOT NULL
MATCH (m:Municipality {code: row.municipality, graph: $graph})
MERGE (p)-[:IN]->(m)
