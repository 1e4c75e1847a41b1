// The GGD, zorgkantoor and ROAZ regions an IZA/AZWA region works with: members, and for a zorgkantoor region its
// concession holder with the year of the designation.
MATCH (o:Region) WHERE o.kind IN ['GGD', 'ZK', 'ROAZ'] AND o.graph = $graph
OPTIONAL MATCH (i:Insurer)-[c:HOLDS_CONCESSION]->(o)
RETURN o.kind AS kind, o.code AS code, o.name AS name,
       COLLECT { MATCH (m:Municipality)-[:MEMBER_OF]->(o) RETURN m.code ORDER BY m.code } AS members,
       CASE WHEN i IS NULL THEN NULL
            ELSE {name: i.name, referenceYear: c.referenceYear, source: c.source, referenceDate: c.referenceDate} END AS concessionHolder
ORDER BY kind, code
