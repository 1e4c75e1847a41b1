// Fresh store only: both ends exist (created in this transaction), the relationship cannot.
UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipality})
MATCH (r:Region {code: row.region})
CREATE (m)-[rel:MEMBER_OF]->(r)
SET rel += row.props
