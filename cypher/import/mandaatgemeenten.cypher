UNWIND $rows AS row
MATCH (r:Region {code: row.region, graph: $graph})
MATCH (m:Municipality {code: row.municipality, graph: $graph})
MERGE (r)-[rel:MANDAATGEMEENTE]->(m)
SET rel.source = row.source, rel.referenceDate = row.referenceDate
