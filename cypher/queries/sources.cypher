// Every source with whether any node or relationship of the graph names it (answers carry these ids as
// source, populationSource, pointSource, spukSource, bredeSpukSource or crosswalk); unused sources are marked.
// Nodes and relationships of another national version than the one in force do not count as using a source.
MATCH (s:Source {graph: $graph})
WITH s, EXISTS {
          MATCH (n) WHERE NOT n:Source
            AND s.id IN [n.source, n.populationSource, n.pointSource, n.spukSource, n.bredeSpukSource]
            AND (n.graph IS NULL OR n.graph = $graph) }
        OR EXISTS { MATCH (a)-[rel]->() WHERE s.id IN [rel.source, rel.crosswalk]
                                         AND (a.graph IS NULL OR a.graph = $graph) } AS used
RETURN s {.id, .publisher, .title, .url, .licence, .referenceDate, .files, .note, used: used} AS source
ORDER BY s.id
