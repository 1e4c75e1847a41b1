UNWIND $rows AS row
MERGE (m:Municipality {code: row.code})
SET m += row
