// One municipality with all its regions (lists: reality has doubles and gaps), neighbours and insurer.
MATCH (m:Municipality {code: $code, graph: $graph})
RETURN m {.code, .name, .province, .provinceCode, .population, .populationSource, .populationDate, .lat, .lon, .source, .referenceDate,
          .bredeSpuk2025, .bredeSpuk2026, .bredeSpukSource, .aliases,
          regions: COLLECT {
            MATCH (m)-[rel:MEMBER_OF]->(r:Region)
            RETURN r {.kind, .code, .name, membership: properties(rel)} ORDER BY r.kind, r.name },
          neighbours: COLLECT {
            MATCH (m)-[b:BORDERS]-(n:Municipality)
            RETURN n {.code, .name, contact: b.contact, borderKm: b.lengthKm, distanceKm: b.distanceKm} ORDER BY n.name },
          insurers: COLLECT {
            MATCH (m)-[:MEMBER_OF]->(zk:Region {kind: 'ZK'})<-[c:HOLDS_CONCESSION]-(i:Insurer)
            RETURN i {.name, region: zk.code, regionName: zk.name, referenceYear: c.referenceYear, match: c.match,
                      note: c.note, source: c.source} },
          mandaatgemeenteOf: COLLECT {
            MATCH (iza:Region {kind: 'IZA'})-[:MANDAATGEMEENTE]->(m)
            RETURN iza {.code, .name} }
         } AS municipality
