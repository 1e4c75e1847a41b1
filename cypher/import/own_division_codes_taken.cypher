// The region codes of an own division the graph already uses for something else: a region of another division, or a
// municipality (the network graph and /api/graph?focus= name both by code). Runs after the old version of the same
// division was removed in the same transaction.
UNWIND $codes AS code
OPTIONAL MATCH (r:Region {code: code, graph: $graph})
OPTIONAL MATCH (m:Municipality {code: code, graph: $graph})
WITH code, r, m
WHERE r IS NOT NULL OR m IS NOT NULL
RETURN code, CASE WHEN r IS NOT NULL THEN r.kind ELSE 'MUNICIPALITY' END AS usedBy
