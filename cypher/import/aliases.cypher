UNWIND $rows AS row
MATCH (m:Municipality {code: row.code, graph: $graph})
SET m.aliases = CASE WHEN row.key IN coalesce(m.aliasKeys, []) THEN m.aliases ELSE coalesce(m.aliases, []) + row.alias END,
    m.aliasKeys = CASE WHEN row.key IN coalesce(m.aliasKeys, []) THEN m.aliasKeys ELSE coalesce(m.aliasKeys, []) + row.key END
