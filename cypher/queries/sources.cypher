MATCH (s:Source)
RETURN s {.id, .publisher, .title, .url, .licence, .referenceDate, .files, .note} AS source
ORDER BY s.id
