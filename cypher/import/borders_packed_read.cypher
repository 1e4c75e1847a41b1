// Every municipality's border list (import/municipality_borders.cypher, just written) and row for the packed values
// the analyses read (see PackedBorders, PackedMunicipalities): [code, [codes its stored BORDERS point to], name,
// population, lat, lon] in code order. Read in the writing transaction, so the packed values equal the graph.
MATCH (a:Municipality) WHERE a.graph = $graph AND a.code IS NOT NULL
WITH a ORDER BY a.code
RETURN collect([a.code, a.borderCodes, a.name, coalesce(a.population, 0), a.lat, a.lon]) AS rows
