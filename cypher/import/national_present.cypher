// Whether a national import completed (its dataset node commits with the switch to its version), the hash of the
// files it came from, and the version in force (null in a store from before versioning).
OPTIONAL MATCH (d:Dataset {id: 'national'})
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN d IS NOT NULL AS present, d.contentHash AS contentHash, meta.currentGraph AS graph
