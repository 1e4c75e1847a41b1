// The switch: readers take national graph version $graph from their next transaction on (see GraphVersionTx). Runs in
// the small transaction that also carries the user data over to it and bumps the national version. The transaction
// holds the Meta node's write lock from its first statement (import/graph_lock.cypher), so the check sees what
// committed before: the switch happens only while $graph is still the version begun last and not removed (a later
// import, or a start that found it unfinished, clears that). Answers the version it replaces (null on a store without
// one); no row: not switched.
MATCH (meta:Meta {id: 'regiograaf'})
WHERE meta.pendingGraph = $graph
WITH meta, meta.currentGraph AS previous
SET meta.currentGraph = $graph
REMOVE meta.pendingGraph
RETURN previous
