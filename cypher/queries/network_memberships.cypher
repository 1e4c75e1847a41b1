// Every MEMBER_OF relationship, for the network graph.
MATCH (m:Municipality)-[rel:MEMBER_OF]->(r:Region)
RETURN m.code AS municipality, r.code AS region, rel.source AS source, rel.evidenceLevel AS evidenceLevel
ORDER BY municipality, region
