// At the switch: the venster answers, werkstructuur roles and region documents of a region of version $from linked to
// the same region of the new version $graph too (the old links go with the old version).
CALL () {
  MATCH (a:VensterAnswer) RETURN a
  UNION
  MATCH (a:WerkstructuurRole) RETURN a
  UNION
  MATCH (a:RegionDocument) RETURN a
}
MATCH (a)-[:IN_REGION]->(r:Region)
WHERE r.graph = $from
MATCH (n:Region {code: r.code, graph: $graph})
MERGE (a)-[:IN_REGION]->(n)
RETURN count(*) AS links
