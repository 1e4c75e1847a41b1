// Every municipality's border list (import/municipality_borders.cypher, just written) for the packed value the
// analyses read (see PackedBorders): [code, [codes its stored BORDERS point to]] in code order. Read in the writing
// transaction, so the packed value equals the lists.
MATCH (a:Municipality) WHERE a.code IS NOT NULL
WITH a ORDER BY a.code
RETURN collect([a.code, a.borderCodes]) AS rows
