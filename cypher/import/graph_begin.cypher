// Starts a new national graph version: its id (never used before), marked pending until the switch, so a start after
// a crash knows it as unfinished (and an import begun earlier, still running, can no longer switch). Answers the id.
MERGE (meta:Meta {id: 'regiograaf'})
ON CREATE SET meta.dataVersion = 0
SET meta.lastGraph = coalesce(meta.lastGraph, meta.currentGraph, 0) + 1
SET meta.pendingGraph = meta.lastGraph
// The next start must check the national graph again (and remove this version if it never switches).
REMOVE meta.startupFingerprint
RETURN meta.lastGraph AS graph
