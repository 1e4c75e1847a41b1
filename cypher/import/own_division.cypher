// Writes an own division (POST /api/import/divisions) in the import's transaction: the division node, its regions and
// their memberships, each naming the dataset as source, with the read model the analyses read (members in code order
// and their sources, see region_members.cypher), so an own division is read exactly like a national one. Written in
// the national version in force (a switch to a new version copies it there).
CREATE (d:Division {kind: $kind, name: $name, own: true, graph: $graph, dataset: $dataset, source: $dataset,
                    referenceDate: $referenceDate, scope: $scope, scopeMunicipalities: $scopeMunicipalities})
WITH d
UNWIND $regions AS row
CREATE (r:Region {kind: $kind, code: row.code, graph: $graph, name: row.name, nameKey: row.nameKey, dataset: $dataset,
                  source: $dataset, referenceDate: $referenceDate, members: row.members,
                  memberSources: [x IN row.members | $dataset], memberEvidence: [x IN row.members | '']})
CREATE (r)-[:PART_OF {source: $dataset, referenceDate: $referenceDate}]->(d)
WITH r, row
UNWIND row.members AS code
MATCH (m:Municipality {code: code, graph: $graph})
CREATE (m)-[:MEMBER_OF {source: $dataset, referenceDate: $referenceDate}]->(r)
RETURN count(*) AS memberships
