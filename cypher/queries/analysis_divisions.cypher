// The divisions in $kinds as the analyses read them, one record per division: kind, reference date, and groups
// [region, regionName, source, evidenceLevel, [municipality codes]]: the members of a region with one provenance, a
// region without members as one group with an empty list. At most $cap rows (a membership, or a region without
// members) in code order; truncated when the division has more. Grouped, a code crosses Bolt once per membership and
// a region once per group, instead of five values per membership.
UNWIND $kinds AS kind
MATCH (d:Division {kind: kind})
CALL (d, kind) {
  MATCH (r:Region {kind: kind})-[:PART_OF]->(d)
  OPTIONAL MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
  WITH r, m, rel ORDER BY r.code, m.code LIMIT $cap
  WITH r, rel.source AS source, rel.evidenceLevel AS evidenceLevel, collect(m.code) AS members
  RETURN collect([r.code, r.name, source, evidenceLevel, members]) AS groups
}
RETURN kind, d.referenceDate AS referenceDate, groups,
       COUNT { MATCH (r:Region {kind: kind})-[:PART_OF]->(d) OPTIONAL MATCH (:Municipality)-[:MEMBER_OF]->(r) RETURN 1 } > $cap
         AS truncated
