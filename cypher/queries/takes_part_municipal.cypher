// Municipality-level ketenaanpak participation (every evidence row), as one record of
// [municipality, ketenaanpak, evidence, status, dataset] rows: one Bolt record per row costs more than the matrix.
MATCH (m:Municipality {graph: $graph})-[t:TAKES_PART {level: 'municipality'}]->(k:Ketenaanpak)
WHERE $includeDemo OR NOT t.demo
RETURN collect([m.code, k.code, t.evidence, t.status, t.dataset]) AS rows
