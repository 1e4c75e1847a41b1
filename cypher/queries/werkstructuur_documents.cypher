// The imported status of each region's regiobeeld, regioplan and AZWA werkagenda.
MATCH (d:RegionDocument)-[:IN_REGION]->(r:Region {kind: 'IZA', graph: $graph})
RETURN r.code AS region, d {.document, .status, .date, .url, .importedAt} AS document
ORDER BY region, document.document
