// The write floor of a membership-shaped relationship (ScaleBench): rows $from..$to made by Neo4j itself, each found
// by two (code, graph) index seeks like the import's, with its two properties; among the floor_municipalities nodes.
UNWIND range($from, $to) AS i
MATCH (a:Municipality {code: 'FLOOR' + (i % $n), graph: $graph})
MATCH (b:Municipality {code: 'FLOOR' + ((i * 7 + 13) % $n), graph: $graph})
CREATE (a)-[:MEMBER_OF {source: 'cbs-municipalities-2025', referenceDate: '2025-01-01'}]->(b)
