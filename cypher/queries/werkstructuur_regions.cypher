// Every IZA/AZWA region with its mandaatgemeente and SPUK IZA amounts, and its members with their Brede SPUK amounts
// and their GGD, zorgkantoor and ROAZ regions: the rows of the werkstructuur and of the SPUK budget check.
MATCH (r:Region {kind: 'IZA', graph: $graph})
OPTIONAL MATCH (r)-[mr:MANDAATGEMEENTE]->(mg:Municipality)
RETURN r.code AS code, r.name AS name, r.mandaatgemeente AS mandaatgemeente,
       r.spukIza2025 AS spukIza2025, r.spukIza2026 AS spukIza2026, r.spukSource AS spukSource,
       r.referenceDate AS referenceDate,
       CASE WHEN mg IS NULL THEN NULL ELSE mg {.code, .name} END AS mandaatMunicipality,
       mr.source AS mandaatSource,
       COLLECT {
         MATCH (m:Municipality)-[:MEMBER_OF]->(r)
         RETURN m {.code, .name, .population, .bredeSpuk2025, .bredeSpuk2026,
                   regions: COLLECT { MATCH (m)-[:MEMBER_OF]->(o:Region) WHERE o.kind IN ['GGD', 'ZK', 'ROAZ']
                                      RETURN o.code ORDER BY o.code }}
         ORDER BY m.name } AS members
ORDER BY name
