// Every BORDERS relationship once (it is stored once per pair, so match it directed here).
MATCH (a:Municipality)-[b:BORDERS]->(c:Municipality)
RETURN a.code AS a, c.code AS b, b.contact AS contact
ORDER BY a, b
