// Runs inside a write transaction that changes the national reference graph (municipalities, regions,
// memberships, borders and what hangs off them): a new data version that is also the new national version, so
// answers computed from the national graph alone are recomputed, and only then.
MERGE (meta:Meta {id: 'regiograaf'})
SET meta.dataVersion = coalesce(meta.dataVersion, 0) + 1
SET meta.nationalVersion = meta.dataVersion
// The national graph changed: the startup imports must check everything again at the next start.
REMOVE meta.startupFingerprint
RETURN meta.dataVersion AS version
