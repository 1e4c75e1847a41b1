// The divisions in $kinds as the analyses read them, one record per division: kind, reference date, and its regions in
// code order as [code, name, [member codes], [sources], [evidence levels]] (the member lists the national import keeps
// on each region, see import/region_members.cypher); at most $cap regions. rows counts what the analyses count against
// the cap: one per membership, one per region without members; truncated when the division has more than $cap.
UNWIND $kinds AS kind
MATCH (d:Division {kind: kind})
CALL (d, kind) {
  MATCH (r:Region {kind: kind})-[:PART_OF]->(d)
  WITH r ORDER BY r.code
  RETURN collect([r.code, r.name, r.members, r.memberSources, r.memberEvidence]) AS regions
}
WITH kind, d, regions, reduce(n = 0, g IN regions | n + CASE size(g[2]) WHEN 0 THEN 1 ELSE size(g[2]) END) AS rows
RETURN kind, d.referenceDate AS referenceDate, regions[..$cap] AS regions, rows > $cap AS truncated
