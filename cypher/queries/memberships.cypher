// Every municipality with the codes of its regions, optionally of one division ($kind NULL = all divisions).
// One bulk read so the map can colour all 342 municipalities without a request per region.
MATCH (m:Municipality {graph: $graph})
RETURN m.code AS municipality,
       COLLECT {
         MATCH (m)-[:MEMBER_OF]->(r:Region)
         WHERE $kind IS NULL OR r.kind = $kind
         RETURN {kind: r.kind, code: r.code} AS region ORDER BY r.kind, r.code } AS regions
ORDER BY municipality
