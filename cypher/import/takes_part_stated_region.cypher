// Region-level participation for a region the graph does not hold: the region as the source states it.
UNWIND $rows AS row
MERGE (s:StatedRegion {name: row.statedRegion})
WITH s, row
MATCH (k:Ketenaanpak {code: row.ketenaanpak})
MERGE (s)-[t:TAKES_PART {dataset: $dataset, key: row.key}]->(k)
SET t.level = 'region', t.statedRegion = row.statedRegion, t.regionMatch = row.regionMatch,
    t.regionMatchReason = row.regionMatchReason, t.expandedTo = row.expandedTo, t.status = row.status,
    t.since = row.since, t.evidence = row.evidence, t.source = row.source, t.sourceUrl = row.sourceUrl,
    t.asOf = row.asOf, t.note = row.note, t.demo = $demo
