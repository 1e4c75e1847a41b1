MATCH (d:Dataset {id: $id})
// A statement on a municipality or region exists once per national version present: counted on the one in force
// (a StatedRegion has no version).
SET d.rows = COUNT { MATCH (x)-[t:TAKES_PART {dataset: $id}]->() WHERE x.graph IS NULL OR x.graph = $graph }
RETURN d.rows AS rows
