// First statement of every write to a dataset: takes the dataset node's write lock (creating the node when the
// dataset is new; the dataset_id uniqueness constraint makes concurrent creators wait for each other), so writes to
// one dataset serialise in the database too, also across processes. The lock is held until the transaction ends;
// dataset_upsert removes the marker again. Answers the kind the dataset holds.
MERGE (d:Dataset {id: $id})
ON CREATE SET d.kind = $kind
SET d.writeLock = $importId
RETURN d.kind AS kind
