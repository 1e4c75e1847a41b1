// Every municipality with its population (the denominator of every share) and its representative point, as one
// record: [code, name, population, lat, lon] rows in code order, at most $cap of them. One record instead of one per
// row: Bolt's per-record cost dominates.
MATCH (m:Municipality {graph: $graph})
WITH m ORDER BY m.code
WITH collect([m.code, m.name, coalesce(m.population, 0), m.lat, m.lon]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
