// Every municipal event row (merger, split, rename) in date order.
MATCH (ev:MunicipalEvent)
RETURN ev {.date, .kind, .oldCode, .oldName, .newCode, .newName, .source, .citation} AS event
ORDER BY event.date, event.oldCode, event.newCode
