// The own divisions users imported (POST /api/import/divisions): kind, name, dataset and scope, in kind order.
MATCH (d:Division {graph: $graph})
WHERE d.own = true
RETURN d.kind AS kind, d.name AS name, d.dataset AS dataset, d.scopeMunicipalities AS scope, d.scope AS scopeName
ORDER BY kind
