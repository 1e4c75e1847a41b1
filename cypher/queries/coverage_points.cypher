// The positions a coverage analysis measures to: placed, not planned-only, of the asked kinds and datasets.
MATCH (p:SupportPoint)-[:IN]->(m:Municipality)
WHERE ($kinds IS NULL OR p.kind IN $kinds) AND ($includeDemo OR NOT p.demo)
  AND p.lat IS NOT NULL AND NOT coalesce(p.planned, false)
RETURN p.lat AS lat, p.lon AS lon, m.code AS municipality, p.dataset AS dataset
