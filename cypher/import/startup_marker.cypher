// Written when the startup imports have completed: a restart of the same build can skip their checks.
MERGE (meta:Meta {id: 'regiograaf'})
ON CREATE SET meta.dataVersion = 0
SET meta.startupFingerprint = $fingerprint
