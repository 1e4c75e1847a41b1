// Like dataset_lock, for removing a dataset: takes the write lock of an existing dataset node only (no row: no dataset).
MATCH (d:Dataset {id: $id})
SET d.writeLock = $importId
RETURN d.kind AS kind
