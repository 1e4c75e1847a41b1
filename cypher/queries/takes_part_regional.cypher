// Region-level ketenaanpak statements: on a graph region, or on a region only as the source states it.
MATCH (x)-[t:TAKES_PART {level: 'region'}]->(k:Ketenaanpak)
WHERE $includeDemo OR NOT t.demo
RETURN k.code AS ketenaanpak, x:Region AS onRegion, x.kind AS regionKind, x.code AS regionCode, x.name AS regionName,
       t {.statedRegion, .regionMatch, .regionMatchReason, .expandedTo, .status, .since, .evidence, .source, .sourceUrl,
          .asOf, .note, .dataset} AS statement
ORDER BY ketenaanpak, statement.statedRegion, statement.asOf
