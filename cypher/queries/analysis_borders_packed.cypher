// The border lists of every municipality packed in one string (import/borders_packed.cypher; see PackedBorders), or
// no row when the store has none or it was written for another national version (the analyses then read
// analysis_borders).
MATCH (p:PackedBorders {key: 'national', graph: $graph})
WHERE p.value IS NOT NULL
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
WITH p, meta
WHERE p.nationalVersion = coalesce(meta.nationalVersion, meta.dataVersion, 0)
RETURN p.value AS packed
