// Every region of every division, for the network graph.
MATCH (r:Region)
RETURN r.kind AS kind, r.code AS code, r.name AS name
ORDER BY kind, code
