// What describes a region in the network graph: trauma centre (ROAZ), concession holder (ZK), mandaatgemeente (IZA).
MATCH (h:Hospital)-[:TRAUMA_CENTRE_FOR]->(r:Region)
RETURN r.code AS region, 'TRAUMA_CENTRE_FOR' AS type, 'HOSPITAL' AS kind, 'HOSPITAL:' + h.name AS id, h.name AS label
UNION ALL
MATCH (i:Insurer)-[:HOLDS_CONCESSION]->(r:Region)
RETURN r.code AS region, 'HOLDS_CONCESSION' AS type, 'INSURER' AS kind, 'INSURER:' + i.name AS id, i.name AS label
UNION ALL
MATCH (r:Region)-[:MANDAATGEMEENTE]->(m:Municipality)
RETURN r.code AS region, 'MANDAATGEMEENTE' AS type, 'MUNICIPALITY' AS kind, m.code AS id, m.name AS label
