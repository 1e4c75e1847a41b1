// Municipality-level ketenaanpak participation (every evidence row).
MATCH (m:Municipality)-[t:TAKES_PART {level: 'municipality'}]->(k:Ketenaanpak)
WHERE $includeDemo OR NOT t.demo
RETURN m.code AS municipality, k.code AS ketenaanpak, t.evidence AS evidence, t.status AS status, t.dataset AS dataset
