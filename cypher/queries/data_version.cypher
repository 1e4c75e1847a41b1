// The data version (incremented by every write) and the national version (the data version of the last write to
// the national reference graph): the keys of every cached answer. A store from before the national version
// existed reports the data version for both, which only costs recomputation. Also the fingerprint of the build whose
// startup imports completed on this store (absent: run them): one statement for both, because at a restart the first
// statement of a cold JVM costs seconds and a second one another quarter.
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN coalesce(meta.dataVersion, 0) AS version,
       coalesce(meta.nationalVersion, meta.dataVersion, 0) AS nationalVersion,
       meta.startupFingerprint AS startupFingerprint
