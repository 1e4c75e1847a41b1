// Municipal events (merger, split, rename), one node per old code (or name key) -> new code, with the source id of its events file,
// the date as reference date and the documents the row cites; linked to the current municipality it went into where
// that still exists.
UNWIND $rows AS row
CREATE (ev:MunicipalEvent {date: row.date, kind: row.kind, oldCode: row.oldCode, oldName: row.oldName,
                           newCode: row.newCode, newName: row.newName, source: row.source, referenceDate: row.date,
                           citation: row.citation})
WITH ev
OPTIONAL MATCH (m:Municipality {code: ev.newCode, graph: $graph})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
  CREATE (ev)-[:INTO {source: ev.source, referenceDate: ev.date}]->(m))
