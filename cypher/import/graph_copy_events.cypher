// At the switch: the municipal events into a municipality of version $from linked to the same municipality of the new
// version $graph too (the old links go with the old version).
MATCH (ev:MunicipalEvent)-[i:INTO]->(m:Municipality)
WHERE m.graph = $from
MATCH (n:Municipality {code: m.code, graph: $graph})
MERGE (ev)-[ni:INTO]->(n)
SET ni = properties(i)
RETURN count(*) AS links
