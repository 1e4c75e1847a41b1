UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipality})
MATCH (r:Region {code: row.region})
MERGE (m)-[rel:MEMBER_OF]->(r)
SET rel = row.props
