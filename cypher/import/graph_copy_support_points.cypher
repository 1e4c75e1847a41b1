// At the switch: every support point located in a municipality of version $from is also located in that
// municipality of the new version $graph (the old link goes with the old version).
MATCH (p:SupportPoint)-[:IN]->(m:Municipality)
WHERE m.graph = $from
MATCH (n:Municipality {code: m.code, graph: $graph})
MERGE (p)-[:IN]->(n)
RETURN count(*) AS links
