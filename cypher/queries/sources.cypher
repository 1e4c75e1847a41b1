// Every source with whether any node or relationship of the graph names it (answers carry these ids as
// source, populationSource, pointSource, spukSource, bredeSpukSource or crosswalk); unused sources are marked.
MATCH (s:Source)
WITH s, EXISTS {
          MATCH (n) WHERE NOT n:Source
            AND s.id IN [n.source, n.populationSource, n.pointSource, n.spukSource, n.bredeSpukSource] }
        OR EXISTS { MATCH ()-[rel]->() WHERE s.id IN [rel.source, rel.crosswalk] } AS used
RETURN s {.id, .publisher, .title, .url, .licence, .referenceDate, .files, .note, used: used} AS source
ORDER BY s.id
