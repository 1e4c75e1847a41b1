// Before removing national graph version $remove: under the Meta node's write lock (taken first, so the check sees
// what committed before), only when $remove is not in force; an unfinished version stops being the pending one, so
// its import, if it still runs, cannot switch to it. Answers the version in force; no row: not to be removed.
MATCH (meta:Meta {id: 'regiograaf'})
SET meta.removing = $remove
REMOVE meta.removing
WITH meta
WHERE coalesce(meta.currentGraph, -1) <> $remove
SET meta.pendingGraph = CASE WHEN meta.pendingGraph = $remove THEN null ELSE meta.pendingGraph END
RETURN meta.currentGraph AS inForce
