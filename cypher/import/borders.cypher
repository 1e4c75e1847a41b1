// One BORDERS relationship per adjacent pair (read it undirected); contact = boundary | point | water.
UNWIND $rows AS row
MATCH (a:Municipality {code: row.a})
MATCH (b:Municipality {code: row.b})
MERGE (a)-[rel:BORDERS]->(b)
SET rel.contact = row.contact, rel.lengthKm = row.lengthKm, rel.distanceKm = row.distanceKm, rel.source = row.source,
    rel.referenceDate = row.referenceDate
