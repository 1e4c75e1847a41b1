// Every BORDERS relationship (stored once per pair) with its contact type, from the border lists the national import
// keeps on each municipality (import/municipality_borders.cypher): one record of [code, [codes], [contacts]] rows in
// code order, at most $cap municipalities; borders counts the relationships, truncated when there are more than $cap.
MATCH (a:Municipality {graph: $graph}) WHERE a.code IS NOT NULL
WITH a ORDER BY a.code
// Contacts all of one type are sent as that one entry (the reader repeats it): fewer strings over Bolt.
WITH collect([a.code, a.borderCodes, CASE WHEN all(c IN a.borderContacts WHERE c = a.borderContacts[0])
                                         THEN a.borderContacts[..1] ELSE a.borderContacts END]) AS rows
RETURN rows[..$cap] AS rows, reduce(n = 0, r IN rows | n + size(r[1])) > $cap AS truncated
