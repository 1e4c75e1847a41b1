MATCH (m:Municipality)
RETURN m {.code, .name, .province, .population, .lat, .lon} AS municipality
ORDER BY m.name
