// At the switch: the own divisions of the version in force ($from) copied into the new version ($graph), with their
// regions and memberships (a member the new version no longer has is left out, and so from the member lists). A
// division the new version already holds (copied before) is skipped. Without a packed value: read from the lists.
MATCH (d:Division {graph: $from})
WHERE d.own = true AND NOT EXISTS { MATCH (:Division {kind: d.kind, graph: $graph}) }
CREATE (nd:Division)
SET nd = properties(d), nd.graph = $graph
REMOVE nd.packedRegions
WITH d, nd
MATCH (r:Region)-[p:PART_OF]->(d)
CREATE (nr:Region)-[np:PART_OF]->(nd)
SET nr = r {.*, graph: $graph}, np = properties(p)
WITH r, nr, [i IN range(0, size(coalesce(r.members, [])) - 1)
             WHERE EXISTS { MATCH (:Municipality {code: r.members[i], graph: $graph}) }] AS kept
SET nr.members = [i IN kept | r.members[i]], nr.memberSources = [i IN kept | r.memberSources[i]],
    nr.memberEvidence = [i IN kept | r.memberEvidence[i]]
WITH r, nr
MATCH (m:Municipality)-[mo:MEMBER_OF]->(r)
MATCH (nm:Municipality {code: m.code, graph: $graph})
CREATE (nm)-[nmo:MEMBER_OF]->(nr)
SET nmo = properties(mo)
RETURN count(*) AS memberships
