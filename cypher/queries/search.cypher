// Municipalities (name, aliases, code) and regions (name, code) matching a search key. $key is Names.normalize()d
// like the stored nameKey/aliasKeys, so case, diacritics and punctuation do not matter; $code is the lower-cased
// input for code prefixes. Ranked: exact, prefix, word prefix, anywhere; municipalities before regions.
CALL () {
  MATCH (m:Municipality)
  WITH m, [k IN [m.nameKey] + coalesce(m.aliasKeys, []) WHERE k CONTAINS $key] AS keys
  WHERE size(keys) > 0 OR toLower(m.code) STARTS WITH $code
  RETURN 'MUNICIPALITY' AS kind, m.code AS code, m.name AS name, keys, toLower(m.code) AS codeKey, 0 AS kindOrder
  UNION ALL
  MATCH (r:Region)
  WITH r, [k IN [r.nameKey] WHERE k CONTAINS $key] AS keys
  WHERE size(keys) > 0 OR toLower(r.code) STARTS WITH $code
  RETURN r.kind AS kind, r.code AS code, r.name AS name, keys, toLower(r.code) AS codeKey, 1 AS kindOrder
}
WITH kind, code, name, kindOrder,
     CASE
       WHEN codeKey = $code OR $key IN keys THEN 0
       WHEN codeKey STARTS WITH $code OR any(k IN keys WHERE k STARTS WITH $key) THEN 1
       WHEN any(k IN keys WHERE k CONTAINS ' ' + $key) THEN 2
       ELSE 3
     END AS rank
RETURN kind, code, name
ORDER BY rank, kindOrder, name, code
LIMIT $limit
