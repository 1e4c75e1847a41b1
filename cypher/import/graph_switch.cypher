// The switch: readers take national graph version $graph from their next transaction on (see GraphVersionTx). Runs in
// the small transaction that also carries the user data over to it and bumps the national version.
MATCH (meta:Meta {id: 'regiograaf'})
SET meta.currentGraph = $graph
REMOVE meta.pendingGraph
RETURN meta.currentGraph AS graph
