// Every MEMBER_OF relationship, for the network graph: one record of [municipality, region, source, evidenceLevel]
// rows, at most $cap.
MATCH (m:Municipality {graph: $graph})-[rel:MEMBER_OF]->(r:Region)
WITH m, rel, r ORDER BY m.code, r.code
WITH collect([m.code, r.code, rel.source, rel.evidenceLevel]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
