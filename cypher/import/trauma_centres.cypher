UNWIND $rows AS row
MATCH (r:Region {code: row.region, graph: $graph})
MERGE (h:Hospital {name: row.name, graph: $graph})
  ON CREATE SET h.source = row.source, h.referenceDate = row.referenceDate
MERGE (h)-[rel:TRAUMA_CENTRE_FOR]->(r)
SET rel.confidence = row.confidence, rel.evidence = row.evidence, rel.url = row.url, rel.source = row.source,
    rel.referenceDate = row.referenceDate
