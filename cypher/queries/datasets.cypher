// Every dataset with its demo flag and stated scope; the national reference data included.
MATCH (d:Dataset)
RETURN d {.id, .kind, .demo, .origin, .version, .source, .scope, .rows, importedAt: toString(d.importedAt)} AS dataset
ORDER BY d.kind, d.id
