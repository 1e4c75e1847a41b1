// One division for the analyses, as one record: its reference date and rows [region, regionName, municipality,
// source, evidenceLevel], one per membership or per region without members (municipality null), at most $cap.
MATCH (d:Division {kind: $kind})
WITH d, COLLECT {
  MATCH (r:Region {kind: $kind})-[:PART_OF]->(d)
  OPTIONAL MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
  RETURN [r.code, r.name, m.code, rel.source, rel.evidenceLevel] AS row ORDER BY r.code, m.code
} AS rows
RETURN d.referenceDate AS referenceDate, rows[..$cap] AS rows, size(rows) > $cap AS truncated
