// Runs inside every write transaction, so the new version commits (or rolls back) with the data.
MERGE (meta:Meta {id: 'regiograaf'})
SET meta.dataVersion = coalesce(meta.dataVersion, 0) + 1
RETURN meta.dataVersion AS version
