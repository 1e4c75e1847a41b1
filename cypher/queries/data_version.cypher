// The data version: incremented by every write, the key of every cached analysis.
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN coalesce(meta.dataVersion, 0) AS version
