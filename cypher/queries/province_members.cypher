// The member codes of one province (the scope PVxx of an own division); no row: no such province.
MATCH (r:Region {kind: 'PROVINCE', code: $code, graph: $graph})
RETURN r.members AS members
