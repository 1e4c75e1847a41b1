// Support points of the asked datasets that a coverage analysis leaves out, and why: of the asked kinds but without
// a municipality or position (unplaced) or planned only (planned); or of a kind in $notLspKinds (not-lsp: the norm
// measures the LSP kinds and these do not count). Per reason the count and the first $listed points by name.
MATCH (p:SupportPoint)
WHERE ($includeDemo OR NOT p.demo)
// A point is IN one municipality per national version present: the one in force.
OPTIONAL MATCH (p)-[:IN]->(m:Municipality {graph: $graph})
WITH p, m, ($kinds IS NULL OR p.kind IN $kinds) AS measured
WITH p, m, CASE
       WHEN measured AND (m IS NULL OR p.lat IS NULL) THEN 'unplaced'
       WHEN measured AND coalesce(p.planned, false) THEN 'planned'
       WHEN NOT measured AND p.kind IN $notLspKinds THEN 'not-lsp'
     END AS reason
WHERE reason IS NOT NULL
WITH reason, p, m ORDER BY p.name, p.id
WITH reason, count(p) AS n,
     collect({id: p.id, name: p.name, kind: p.kind, municipalityCode: m.code, municipalityName: m.name,
              dataset: p.dataset, demo: coalesce(p.demo, false)}) AS points
RETURN reason, n, points[..$listed] AS points
