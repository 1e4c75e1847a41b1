// Every BORDERS relationship (stored once per pair) with its contact type, from the border lists the national import
// keeps on each municipality (import/municipality_borders.cypher): one record of [code, [codes], [contacts]] rows in
// code order, at most $cap municipalities; borders counts the relationships, truncated when there are more than $cap.
// With $packed true and a packed value (import/borders_packed.cypher) the record holds that one string instead (rows
// empty): the reader splits it and applies the cap in the same way (PackedBorders).
OPTIONAL MATCH (p:PackedBorders {id: 'national'})
WITH CASE WHEN $packed THEN p.value END AS packed
CALL (packed) {
  MATCH (a:Municipality) WHERE a.code IS NOT NULL AND packed IS NULL
  WITH a ORDER BY a.code
  // Contacts all of one type are sent as that one entry (the reader repeats it): fewer strings over Bolt.
  RETURN collect([a.code, a.borderCodes, CASE WHEN all(c IN a.borderContacts WHERE c = a.borderContacts[0])
                                              THEN a.borderContacts[..1] ELSE a.borderContacts END]) AS rows
}
RETURN rows[..$cap] AS rows, reduce(n = 0, r IN rows | n + size(r[1])) > $cap AS truncated, packed
