// Every municipality with its population (the denominator of every share), as one record: [code, name, population]
// rows in code order, at most $cap of them. One record instead of one per row: Bolt's per-record cost dominates.
MATCH (m:Municipality)
WITH m ORDER BY m.code
WITH collect([m.code, m.name, coalesce(m.population, 0)]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
