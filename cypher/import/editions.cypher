// The older editions of a division (GGD@2020, ...), each on its own municipality set: the set as parallel lists of
// codes and names (as the edition's source writes them), one EditionRegion per region with its member codes.
UNWIND $rows AS e
CREATE (ed:Edition {id: e.id, kind: e.kind, year: e.year, referenceDate: e.referenceDate, setDate: e.setDate,
                    source: e.source, note: e.note, municipalityCodes: e.municipalityCodes,
                    municipalityNames: e.municipalityNames})
WITH ed, e
OPTIONAL MATCH (d:Division {kind: e.kind, graph: $graph})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (ed)-[:EDITION_OF {source: e.source, referenceDate: e.referenceDate}]->(d))
WITH ed, e
UNWIND e.regions AS r
CREATE (:EditionRegion {edition: e.id, kind: e.kind, code: r.code, name: r.name, members: r.members,
                        source: e.source, referenceDate: e.referenceDate})
       -[:OF_EDITION {source: e.source, referenceDate: e.referenceDate}]->(ed)
