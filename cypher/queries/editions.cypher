// Every older edition with its municipality set and its regions (member codes in the edition's own set).
MATCH (ed:Edition)
OPTIONAL MATCH (r:EditionRegion)-[:OF_EDITION]->(ed)
WITH ed, r
ORDER BY r.code
RETURN ed {.id, .kind, .year, .referenceDate, .setDate, .source, .note, .municipalityCodes, .municipalityNames} AS edition,
       [x IN collect(r) | x {.code, .name, .members}] AS regions
ORDER BY edition.id
