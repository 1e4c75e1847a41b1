// The data version (incremented by every write) and the national version (the data version of the last write to
// the national reference graph): the keys of every cached answer. A store from before the national version
// existed reports the data version for both, which only costs recomputation.
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN coalesce(meta.dataVersion, 0) AS version,
       coalesce(meta.nationalVersion, meta.dataVersion, 0) AS nationalVersion
