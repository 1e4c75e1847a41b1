UNWIND $rows AS row
MATCH (r:Region {code: row.region, graph: $graph})
MERGE (i:Insurer {name: row.name, graph: $graph})
  ON CREATE SET i.source = row.source, i.referenceDate = row.referenceDate
MERGE (i)-[rel:HOLDS_CONCESSION]->(r)
SET rel.referenceYear = row.referenceYear, rel.match = row.match, rel.regions2015 = row.regions2015,
    rel.note = row.note, rel.source = row.source, rel.referenceDate = row.referenceDate
