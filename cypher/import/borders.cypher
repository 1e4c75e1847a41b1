// One BORDERS relationship per adjacent pair (read it undirected); contact = boundary | point | water. Grouped by
// contact type and source, each a list of [a, b, lengthKm, distanceKm] rows.
UNWIND $groups AS g
UNWIND g.rows AS row
MATCH (a:Municipality {code: row[0]})
MATCH (b:Municipality {code: row[1]})
MERGE (a)-[rel:BORDERS]->(b)
SET rel.contact = g.contact, rel.lengthKm = row[2], rel.distanceKm = row[3], rel.source = g.source,
    rel.referenceDate = g.referenceDate
