// Every municipality with what imports need to resolve and place rows: name, aliases, representative point. One
// record of [code, name, [aliases], lat, lon] rows in code order: Bolt's per-record cost dominated at 100,000 rows.
MATCH (m:Municipality {graph: $graph})
WITH m ORDER BY m.code
RETURN collect([m.code, m.name, coalesce(m.aliases, []), m.lat, m.lon]) AS rows
