// Every division's regions from the member lists just written (import/region_members.cypher), for the packed value
// the analyses read (see PackedRegions): per division its regions in code order as [code, name, [members], [sources],
// [evidence levels]]. Read in the writing transaction, so the packed value equals the lists.
MATCH (d:Division) WHERE d.graph = $graph
CALL (d) {
  MATCH (r:Region {kind: d.kind})-[:PART_OF]->(d)
  WITH r ORDER BY r.code
  RETURN collect([r.code, r.name, r.members, r.memberSources, r.memberEvidence]) AS regions
}
RETURN d.kind AS kind, regions
