OPTIONAL MATCH (d:Dataset {id: $id})
RETURN d {.id, .kind, .demo, .origin, .version, .source, .scope, .rows, .contentHash, importedAt: toString(d.importedAt)} AS dataset
