// Every municipality with what imports need to resolve and place rows: name, aliases, representative point.
MATCH (m:Municipality)
RETURN m.code AS code, m.name AS name, coalesce(m.aliases, []) AS aliases, m.lat AS lat, m.lon AS lon
ORDER BY code
