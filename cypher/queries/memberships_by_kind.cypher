// The members of every region of one division (a municipality may be in two regions of a division).
MATCH (m:Municipality)-[:MEMBER_OF]->(r:Region {kind: $kind, graph: $graph})
RETURN r.code AS region, r.name AS regionName, m.code AS municipality
ORDER BY region, municipality
