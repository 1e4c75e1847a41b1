MATCH (r:Region {kind: $kind})
OPTIONAL MATCH (m:Municipality)-[:MEMBER_OF]->(r)
WITH r, count(m) AS members, sum(m.population) AS population
RETURN r {.kind, .code, .name, members: members, population: population} AS region
ORDER BY region.name
