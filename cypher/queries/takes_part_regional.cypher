// Region-level ketenaanpak statements: on a graph region, or on a region only as the source states it.
MATCH (x)-[t:TAKES_PART {level: 'region'}]->(k:Ketenaanpak)
// A statement on a graph region exists once per national version present: the one in force (a StatedRegion has no
// version).
WHERE ($includeDemo OR NOT t.demo) AND (x.graph IS NULL OR x.graph = $graph)
RETURN k.code AS ketenaanpak, x:Region AS onRegion, x.kind AS regionKind, x.code AS regionCode, x.name AS regionName,
       t {.statedRegion, .regionMatch, .regionMatchReason, .expandedTo, .status, .since, .evidence, .source, .sourceUrl,
          .asOf, .note, .dataset} AS statement
ORDER BY ketenaanpak, statement.statedRegion, statement.asOf
