// Every municipality's border list (import/municipality_borders.cypher) in code order, for the packed value the
// analyses read (see PackedBorders). Read in the writing transaction, so the packed value equals the lists.
MATCH (a:Municipality) WHERE a.code IS NOT NULL
RETURN a.code AS code, a.borderCodes AS codes, a.borderContacts AS contacts
ORDER BY a.code
