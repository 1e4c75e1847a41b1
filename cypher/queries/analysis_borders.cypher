// Every BORDERS relationship (stored once per pair) with its contact type, as one record of [a, b, contact] rows,
// at most $cap.
MATCH (a:Municipality)-[b:BORDERS]->(c:Municipality)
WITH a, b, c ORDER BY a.code, c.code
WITH collect([a.code, c.code, b.contact]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
