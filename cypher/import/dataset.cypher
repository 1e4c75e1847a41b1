// The national dataset marker: its presence means the import completed (it commits with the data).
MERGE (d:Dataset {id: $id})
SET d.importedAt = datetime(), d.rows = $rows, d.kind = 'national', d.demo = false
WITH d
MERGE (meta:Meta {id: 'regiograaf'})
SET meta.dataVersion = coalesce(meta.dataVersion, 0) + 1
RETURN meta.dataVersion AS version
