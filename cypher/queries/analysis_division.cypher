// One division for the analyses: its reference date, every region (also one without members) and every
// membership with its source and evidence level. One row per membership, or per empty region.
MATCH (d:Division {kind: $kind})
OPTIONAL MATCH (r:Region {kind: $kind})-[:PART_OF]->(d)
OPTIONAL MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
RETURN d.referenceDate AS referenceDate, r.code AS region, r.name AS regionName,
       m.code AS municipality, rel.source AS source, rel.evidenceLevel AS evidenceLevel
ORDER BY region, municipality
