// Every municipality with its population: the denominator of every share.
MATCH (m:Municipality)
RETURN m.code AS code, m.name AS name, coalesce(m.population, 0) AS population
ORDER BY code
