// Support points, optionally of some kinds, without demo data unless asked; unplaced points have no municipality.
MATCH (p:SupportPoint)
WHERE ($kinds IS NULL OR p.kind IN $kinds) AND ($includeDemo OR NOT p.demo)
// A point is IN one municipality per national version present: the one in force.
OPTIONAL MATCH (p)-[:IN]->(m:Municipality {graph: $graph})
RETURN p {.id, .name, .kind, .kindLabel, .address, .town, .lat, .lon, .located, .demo, .source, .sourceUrl, .asOf,
          .planned, .note, .dataset, municipality: CASE WHEN m IS NULL THEN NULL ELSE m {.code, .name} END} AS point
ORDER BY p.name, p.id
