// Before removing national graph version $remove (the transaction holds the Meta node's write lock from its first
// statement, import/graph_lock.cypher, so this sees what committed before): only when $remove is not in force; an
// unfinished version stops being the pending one, so its import, if it still runs, cannot switch to it. A row: remove
// it; no row: it is in force.
MATCH (meta:Meta {id: 'regiograaf'})
WHERE coalesce(meta.currentGraph, -1) <> $remove
SET meta.pendingGraph = CASE WHEN meta.pendingGraph = $remove THEN null ELSE meta.pendingGraph END
RETURN $remove AS removing
