// The borders of a new national graph version: one BORDERS relationship per adjacent pair (read it undirected).
// Grouped by contact type and source, each a list of [a, b, lengthKm, distanceKm] rows.
UNWIND $groups AS g
UNWIND g.rows AS row
MATCH (a:Municipality {code: row[0], graph: $graph})
MATCH (b:Municipality {code: row[1], graph: $graph})
CREATE (a)-[:BORDERS {contact: g.contact, lengthKm: row[2], distanceKm: row[3], source: g.source,
                      referenceDate: g.referenceDate}]->(b)
