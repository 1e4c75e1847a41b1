// Fresh store only: both ends exist (created in this transaction), the relationship cannot. Memberships come grouped
// by their properties (most share source and reference date), each a list of [municipality, region] pairs: two
// strings per row on the wire instead of a map.
UNWIND $groups AS g
UNWIND g.pairs AS pair
MATCH (m:Municipality {code: pair[0]})
MATCH (r:Region {code: pair[1]})
CREATE (m)-[rel:MEMBER_OF]->(r)
SET rel += g.props
