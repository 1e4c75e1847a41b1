MATCH (d:Dataset {id: $id})
SET d.rows = COUNT { MATCH ()-[t:TAKES_PART {dataset: $id}]->() }
RETURN d.rows AS rows
