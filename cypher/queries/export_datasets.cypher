// Every support-points and ketenaanpakken dataset (user, real, demo) and every own division, for the export manifest.
MATCH (d:Dataset)
WHERE d.kind IN ['support-points', 'ketenaanpakken', 'division']
RETURN d {.id, .kind, .demo, .origin, .version, .source, .scope, .rows, .contentHash, importedAt: toString(d.importedAt)} AS dataset
ORDER BY d.id
