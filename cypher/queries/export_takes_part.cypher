// The ketenaanpak statements of one dataset in the columns of the import format; region-level statements
// (real data only) carry the region code or stated name in 'municipality' and level 'region'.
MATCH (x)-[t:TAKES_PART {dataset: $dataset}]->(k:Ketenaanpak)
// A statement on a municipality or region exists once per national version present: the one in force (a
// StatedRegion has no version).
WHERE x.graph IS NULL OR x.graph = $graph
RETURN coalesce(x.code, x.name) AS municipality, k.code AS ketenaanpak, t.status AS status, t.since AS since,
       t.source AS source, t.level AS level, t.key AS key
ORDER BY t.key, municipality
