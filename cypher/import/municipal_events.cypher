// Municipal events (merger, split, rename), one node per old code -> new code with date and source; linked to the
// current municipality it went into where that still exists.
UNWIND $rows AS row
CREATE (ev:MunicipalEvent {date: row.date, kind: row.kind, oldCode: row.oldCode, oldName: row.oldName,
                           newCode: row.newCode, newName: row.newName, source: row.source})
WITH ev
OPTIONAL MATCH (m:Municipality {code: ev.newCode})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:INTO]->(m))
