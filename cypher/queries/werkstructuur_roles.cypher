// The imported roles of the werkstructuur (mandaathouder, aanspreekpunten, preferente zorgverzekeraar, trekkers).
MATCH (w:WerkstructuurRole)-[:IN_REGION]->(r:Region {kind: 'IZA', graph: $graph})
RETURN r.code AS region, w {.role, .topic, .organisation, .person, .since, .source, .line, .importedAt} AS role
ORDER BY region, role.line
