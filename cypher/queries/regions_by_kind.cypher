MATCH (r:Region {kind: $kind, graph: $graph})
OPTIONAL MATCH (m:Municipality)-[:MEMBER_OF]->(r)
WITH r, count(m) AS members, sum(m.population) AS population,
     collect(DISTINCT m.populationSource) AS populationSources, collect(DISTINCT m.populationDate) AS populationDates
RETURN r {.kind, .code, .name, members: members, population: population,
          populationSources: populationSources, populationDates: populationDates} AS region
ORDER BY region.name
