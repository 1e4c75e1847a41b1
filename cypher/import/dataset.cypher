// The national dataset marker: its presence means the import completed (it commits with the data).
MERGE (d:Dataset {id: $id})
SET d.importedAt = datetime(), d.rows = $rows, d.kind = 'national', d.demo = false
