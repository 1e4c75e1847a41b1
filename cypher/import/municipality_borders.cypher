// A read model the analyses read instead of every BORDERS relationship: on each municipality the codes of the
// municipalities its stored BORDERS point to (each pair is stored once) in code order, with each border's contact in a
// parallel list. Rewritten at the end of every national write, in its transaction, so it always equals BORDERS.
MATCH (a:Municipality) WHERE a.graph = $graph
CALL (a) {
  MATCH (a)-[b:BORDERS]->(c:Municipality)
  WITH b, c ORDER BY c.code
  RETURN collect(c.code) AS codes, collect(b.contact) AS contacts
}
SET a.borderCodes = codes, a.borderContacts = contacts
