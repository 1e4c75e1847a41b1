// Every division with its number of regions and of municipalities assigned to at least one region; an own division
// (imported by a user) says so, with its dataset and scope.
MATCH (d:Division {graph: $graph})
OPTIONAL MATCH (r:Region)-[:PART_OF]->(d)
WITH d, count(r) AS regions
OPTIONAL MATCH (m:Municipality)-[:MEMBER_OF]->(:Region {kind: d.kind, graph: $graph})
WITH d, regions, count(DISTINCT m) AS assigned
RETURN d {.kind, .name, regions: regions, assignedMunicipalities: assigned, .referenceDate, .source,
          own: coalesce(d.own, false), .dataset, .scope} AS division
ORDER BY division.kind
