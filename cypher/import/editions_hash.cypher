// Marks the editions and events written, by the hash of the files they came from.
MERGE (meta:Meta {id: 'editions'})
SET meta.contentHash = $hash
