// At the switch: the older editions of a division of version $from linked to the same division of the new version
// $graph too (the old links go with the old version).
MATCH (ed:Edition)-[e:EDITION_OF]->(d:Division)
WHERE d.graph = $from
MATCH (n:Division {kind: d.kind, graph: $graph})
MERGE (ed)-[ne:EDITION_OF]->(n)
SET ne = properties(e)
RETURN count(*) AS links
