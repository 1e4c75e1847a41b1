// A read model the analyses read instead of every MEMBER_OF relationship: on each region of national graph version
// $graph the codes of its members in code order, with each membership's source and evidence level ('' when absent) in
// parallel lists. Rewritten for every region at the end of every national write, in its transaction, so it always
// equals MEMBER_OF (an own division's import writes its regions' lists itself). Reading one list per region instead of
// one row per membership halves the cost of reading a division.
MATCH (r:Region) WHERE r.graph = $graph
CALL (r) {
  MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
  WITH m, rel ORDER BY m.code
  RETURN collect(m.code) AS members, collect(coalesce(rel.source, '')) AS sources,
         collect(coalesce(rel.evidenceLevel, '')) AS evidence
}
SET r.members = members, r.memberSources = sources, r.memberEvidence = evidence
