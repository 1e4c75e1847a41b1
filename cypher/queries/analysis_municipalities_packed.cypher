// The municipality rows packed in one string (import/borders_packed.cypher; see PackedMunicipalities), or no row when
// the store has none (the analyses then read analysis_municipalities).
MATCH (p:PackedBorders {key: 'national'})
WHERE p.municipalities IS NOT NULL
RETURN p.municipalities AS packed
