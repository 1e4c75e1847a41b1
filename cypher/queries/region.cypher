// One region: members (with the membership's evidence), population, and what belongs to its kind.
MATCH (r:Region {kind: $kind, code: $code, graph: $graph})
WITH r, COLLECT {
  MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
  RETURN m {.code, .name, .population, membership: properties(rel)} ORDER BY m.name } AS members
OPTIONAL MATCH (r)-[:MANDAATGEMEENTE]->(mg:Municipality)
OPTIONAL MATCH (h:Hospital)-[t:TRAUMA_CENTRE_FOR]->(r)
OPTIONAL MATCH (i:Insurer)-[c:HOLDS_CONCESSION]->(r)
RETURN r {.kind, .code, .name, .source, .referenceDate, .mandaatgemeente, .spukIza2025, .spukIza2026, .spukSource,
          .abbreviation, .concessionMatch, .concessionNote,
          members: members,
          population: reduce(total = 0, m IN members | total + m.population),
          populationSources: COLLECT { MATCH (m:Municipality)-[:MEMBER_OF]->(r) RETURN DISTINCT m.populationSource },
          populationDates: COLLECT { MATCH (m:Municipality)-[:MEMBER_OF]->(r) RETURN DISTINCT m.populationDate },
          mandaatgemeenteMunicipality: CASE WHEN mg IS NULL THEN NULL ELSE mg {.code, .name} END,
          traumaCentreDetail: CASE WHEN h IS NULL THEN NULL ELSE {name: h.name, confidence: t.confidence, evidence: t.evidence, url: t.url, source: t.source} END,
          concessionHolder: CASE WHEN i IS NULL THEN NULL ELSE {name: i.name, referenceYear: c.referenceYear, match: c.match, regions2015: c.regions2015, note: c.note, source: c.source} END
         } AS region
