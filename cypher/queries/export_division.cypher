// An own division in its import format (municipality, region, regionName), one row per membership, with the
// division's kind, name and scope for the restore line of the export manifest.
MATCH (d:Division {dataset: $dataset, graph: $graph})<-[:PART_OF]-(r:Region)<-[:MEMBER_OF]-(m:Municipality)
WHERE d.own = true
RETURN d.kind AS kind, d.name AS name, d.scope AS scope, m.code AS municipality, r.code AS region, r.name AS regionName
ORDER BY region, municipality
