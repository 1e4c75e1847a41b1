UNWIND $rows AS row
MATCH (r:Region {code: row.region})
MATCH (m:Municipality {code: row.municipality})
MERGE (r)-[rel:MANDAATGEMEENTE]->(m)
SET rel.source = row.source, rel.referenceDate = row.referenceDate
