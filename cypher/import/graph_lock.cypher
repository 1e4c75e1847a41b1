// The first statement of every write transaction (GraphVersionTx): the Meta node's write lock, which a switch to a new
// national graph version takes first too. A switch then waits for a write that began before it to commit (and carries
// its user data over), and a write that begins after it waits and reads the new version: no write commits on a
// replaced version. Every writer takes it first, so writes queue in one order and cannot deadlock with each other.
MERGE (meta:Meta {id: 'regiograaf'})
ON CREATE SET meta.dataVersion = 0
SET meta.graphLock = true
REMOVE meta.graphLock
