// What hangs off the regions in the national graph, for the network graph: trauma centres, concession holders,
// mandaatgemeenten, and the roles around an IZA/AZWA region (the GGDs it works with, the insurers running its
// zorgkantoren), as one record of [region, type, kind, id, label] rows, at most $cap. Imported roles:
// network_imported_roles.cypher.
CALL () {
  MATCH (h:Hospital)-[:TRAUMA_CENTRE_FOR]->(r:Region {graph: $graph})
  RETURN r.code AS region, 'TRAUMA_CENTRE_FOR' AS type, 'HOSPITAL' AS kind, 'HOSPITAL:' + h.name AS id, h.name AS label
  UNION ALL
  MATCH (i:Insurer)-[:HOLDS_CONCESSION]->(r:Region {graph: $graph})
  RETURN r.code AS region, 'HOLDS_CONCESSION' AS type, 'INSURER' AS kind, 'INSURER:' + i.name AS id, i.name AS label
  UNION ALL
  MATCH (r:Region {graph: $graph})-[:MANDAATGEMEENTE]->(m:Municipality)
  RETURN r.code AS region, 'MANDAATGEMEENTE' AS type, 'MUNICIPALITY' AS kind, m.code AS id, m.name AS label
  UNION ALL
  MATCH (r:Region {kind: 'IZA', graph: $graph})<-[:MEMBER_OF]-(:Municipality)-[:MEMBER_OF]->(g:Region {kind: 'GGD'})
  RETURN DISTINCT r.code AS region, 'WORKS_WITH_GGD' AS type, 'GGD' AS kind, g.code AS id, g.name AS label
  UNION ALL
  MATCH (r:Region {kind: 'IZA', graph: $graph})<-[:MEMBER_OF]-(:Municipality)-[:MEMBER_OF]->(:Region {kind: 'ZK'})<-[:HOLDS_CONCESSION]-(i:Insurer)
  RETURN DISTINCT r.code AS region, 'ZORGKANTOOR' AS type, 'INSURER' AS kind, 'INSURER:' + i.name AS id, i.name AS label
}
WITH region, type, kind, id, label ORDER BY region, type, id
WITH collect([region, type, kind, id, label]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
