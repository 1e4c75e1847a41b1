// Region-level participation: the source names only a region. Never expanded to members here; the municipalities
// a compiler expanded the statement to are kept in expandedTo.
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode, graph: $graph})
MATCH (k:Ketenaanpak {code: row.ketenaanpak})
MERGE (r)-[t:TAKES_PART {dataset: $dataset, key: row.key}]->(k)
SET t.level = 'region', t.statedRegion = row.statedRegion, t.regionMatch = row.regionMatch,
    t.regionMatchReason = row.regionMatchReason, t.expandedTo = row.expandedTo, t.status = row.status,
    t.since = row.since, t.evidence = row.evidence, t.source = row.source, t.sourceUrl = row.sourceUrl,
    t.asOf = row.asOf, t.note = row.note, t.demo = $demo
