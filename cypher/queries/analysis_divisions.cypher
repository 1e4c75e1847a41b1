// The divisions in $kinds as the analyses read them, one record per division: kind, reference date, and its regions in
// code order as [code, name, [member codes], [sources], [evidence levels]] (sources and evidence levels: one entry
// when all members share it) (the member lists the national import keeps
// on each region, see import/region_members.cypher); at most $cap regions. rows counts what the analyses count against
// the cap: one per membership, one per region without members; truncated when the division has more than $cap.
// A division with a packed value (import/division_packed.cypher) and $packed true answers that one string instead
// (regions empty): the reader splits it and counts its rows against the cap in the same way (PackedRegions).
UNWIND $kinds AS kind
MATCH (d:Division {kind: kind, graph: $graph})
WITH kind, d, CASE WHEN $packed THEN d.packedRegions END AS packed
CALL (d, kind, packed) {
  MATCH (r:Region {kind: kind})-[:PART_OF]->(d)
  WHERE packed IS NULL
  WITH r ORDER BY r.code
  // A list whose entries are all equal is sent as its first entry alone (the reader repeats it for every member): most
  // regions have one source and one evidence level, and at 100,000 members the Bolt transfer of the repeats dominated.
  RETURN collect([r.code, r.name, r.members,
                  CASE WHEN all(s IN r.memberSources WHERE s = r.memberSources[0]) THEN r.memberSources[..1]
                       ELSE r.memberSources END,
                  CASE WHEN all(e IN r.memberEvidence WHERE e = r.memberEvidence[0]) THEN r.memberEvidence[..1]
                       ELSE r.memberEvidence END]) AS regions
}
WITH kind, d, packed, regions, reduce(n = 0, g IN regions | n + CASE size(g[2]) WHEN 0 THEN 1 ELSE size(g[2]) END) AS rows
RETURN kind, d.referenceDate AS referenceDate, regions[..$cap] AS regions, rows > $cap AS truncated, packed
