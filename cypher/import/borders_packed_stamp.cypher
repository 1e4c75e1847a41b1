// Stamps the packed borders and municipality rows (import/borders_packed.cypher) with the national version they were
// written for, in the same transaction: readers use them only while that is the national version, so a writer that
// changed the national graph without rewriting them (another build on the same store) cannot make answers stale.
MATCH (p:PackedBorders {key: 'national', graph: $graph})
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
SET p.nationalVersion = coalesce(meta.nationalVersion, meta.dataVersion, 0)
