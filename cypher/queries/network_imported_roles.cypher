// The imported werkstructuur roles the network graph shows: the preferente zorgverzekeraar of an IZA/AZWA region, as
// one record of [region, type, kind, id, label] rows like network_attachments, at most $cap.
MATCH (w:WerkstructuurRole {role: 'preferente zorgverzekeraar'})-[:IN_REGION]->(r:Region {kind: 'IZA', graph: $graph})
WITH DISTINCT r.code AS region, 'PREFERRED_INSURER' AS type, 'INSURER' AS kind, 'INSURER:' + w.organisation AS id,
     w.organisation AS label
ORDER BY region, id
WITH collect([region, type, kind, id, label]) AS rows
RETURN rows[..$cap] AS rows, size(rows) > $cap AS truncated
