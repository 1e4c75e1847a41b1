// The dataset node of an own division: which division it holds and how many lines it had.
MATCH (d:Dataset {id: $id})
SET d.division = $kind, d.rows = $rows
