// The border lists of every municipality packed in one string (import/borders_packed.cypher; see PackedBorders), or
// no row when the store has none (the analyses then read analysis_borders).
MATCH (p:PackedBorders {key: 'national'})
WHERE p.value IS NOT NULL
RETURN p.value AS packed
