// At the switch: ketenaanpak participation stated for a municipality or region of version $from, stated for the same
// municipality or region of the new version $graph too (own regions were copied just before).
MATCH (x)-[t:TAKES_PART]->(k:Ketenaanpak)
WHERE x.graph = $from AND (x:Municipality OR x:Region)
CALL (x) {
  MATCH (n:Municipality {code: x.code, graph: $graph}) WHERE x:Municipality RETURN n
  UNION
  MATCH (n:Region {code: x.code, graph: $graph}) WHERE x:Region RETURN n
}
MERGE (n)-[nt:TAKES_PART {dataset: t.dataset, key: t.key}]->(k)
SET nt = properties(t)
RETURN count(*) AS links
