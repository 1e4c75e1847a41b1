// Every region of every division, for the network graph: one record of [kind, code, name] rows, at most $cap.
MATCH (r:Region {graph: $graph})
WITH r ORDER BY r.kind, r.code
WITH collect([r.kind, r.code, r.name]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
