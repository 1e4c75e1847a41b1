// Everything search can find, read once per data version into SearchIndex (a query per keystroke cost ~70 ms):
// municipalities with their normalised name and aliases, and every region with its normalised name.
CALL () {
  MATCH (m:Municipality {graph: $graph})
  RETURN 'MUNICIPALITY' AS kind, m.code AS code, m.name AS name, [m.nameKey] + coalesce(m.aliasKeys, []) AS keys,
         0 AS kindOrder
  UNION ALL
  MATCH (r:Region {graph: $graph})
  RETURN r.kind AS kind, r.code AS code, r.name AS name, [r.nameKey] AS keys, 1 AS kindOrder
}
RETURN kind, code, name, [k IN keys WHERE k IS NOT NULL] AS keys, kindOrder
