// Municipality-level participation; one relationship per dataset and key (user data: municipality|ketenaanpak).
UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipality, graph: $graph})
MATCH (k:Ketenaanpak {code: row.ketenaanpak})
MERGE (m)-[t:TAKES_PART {dataset: $dataset, key: row.key}]->(k)
SET t.level = 'municipality', t.status = row.status, t.since = row.since, t.evidence = row.evidence,
    t.source = row.source, t.sourceUrl = row.sourceUrl, t.asOf = row.asOf, t.note = row.note, t.demo = $demo
