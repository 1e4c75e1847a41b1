// A support-points or ketenaanpakken dataset: its own version counts the writes to it.
MERGE (d:Dataset {id: $id})
SET d.kind = $kind, d.demo = $demo, d.origin = $origin, d.source = $source, d.scope = $scope,
    d.contentHash = $contentHash, d.importedAt = datetime(), d.version = coalesce(d.version, 0) + 1
REMOVE d.writeLock
RETURN d.version AS version
