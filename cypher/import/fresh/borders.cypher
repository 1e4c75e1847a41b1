// Fresh store only: one BORDERS relationship per adjacent pair (read it undirected).
UNWIND $rows AS row
MATCH (a:Municipality {code: row.a})
MATCH (b:Municipality {code: row.b})
CREATE (a)-[:BORDERS {contact: row.contact, lengthKm: row.lengthKm, distanceKm: row.distanceKm, source: row.source,
                        referenceDate: row.referenceDate}]->(b)
