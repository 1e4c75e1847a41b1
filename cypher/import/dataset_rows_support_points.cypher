MATCH (d:Dataset {id: $id})
SET d.rows = COUNT { MATCH (p:SupportPoint {dataset: $id}) }
RETURN d.rows AS rows
