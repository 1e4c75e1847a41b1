// The positions a coverage analysis measures to: placed, not planned-only, of the asked kinds and datasets; as one
// record of [lat, lon, municipality, dataset] rows (one Bolt record per point costs more than the analysis at scale).
// A point is IN one municipality per national version present: the one in force.
MATCH (p:SupportPoint)-[:IN]->(m:Municipality {graph: $graph})
WHERE ($kinds IS NULL OR p.kind IN $kinds) AND ($includeDemo OR NOT p.demo)
  AND p.lat IS NOT NULL AND NOT coalesce(p.planned, false)
RETURN collect([p.lat, p.lon, m.code, p.dataset]) AS rows
