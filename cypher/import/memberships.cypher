// Memberships grouped by their properties, each a list of [municipality, region] pairs (see fresh/memberships).
UNWIND $groups AS g
UNWIND g.pairs AS pair
MATCH (m:Municipality {code: pair[0]})
MATCH (r:Region {code: pair[1]})
MERGE (m)-[rel:MEMBER_OF]->(r)
SET rel = g.props
