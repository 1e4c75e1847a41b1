// Publishers and files behind every imported row.
UNWIND $rows AS row
MERGE (s:Source {id: row.id, graph: $graph})
SET s.publisher = row.publisher, s.title = row.title, s.url = row.url, s.licence = row.licence,
    s.referenceDate = row.referenceDate, s.files = row.files, s.note = row.note
