MATCH (m:Municipality {graph: $graph})
RETURN m {.code, .name, .province, .population, .populationSource, .populationDate, .lat, .lon} AS municipality
ORDER BY m.name
