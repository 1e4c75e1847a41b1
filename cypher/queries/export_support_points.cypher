// The support points of one dataset in the columns of the import format (kind: the label as given).
MATCH (p:SupportPoint {dataset: $dataset})
// A point is IN one municipality per national version present: the one in force.
OPTIONAL MATCH (p)-[:IN]->(m:Municipality {graph: $graph})
RETURN p.name AS name, coalesce(p.kindLabel, p.kind) AS kind, m.code AS municipality, p.address AS address,
       p.town AS town, p.lat AS lat, p.lon AS lon, p.located AS located, p.source AS source, p.id AS id
ORDER BY p.id
