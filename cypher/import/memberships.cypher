// The memberships of a new national graph version: both ends exist (written just before in the same version), the
// relationship cannot. Grouped by their properties (most share source and reference date), each a list of
// [municipality, region] pairs: two strings per row on the wire instead of a map.
UNWIND $groups AS g
UNWIND g.pairs AS pair
MATCH (m:Municipality {code: pair[0], graph: $graph})
MATCH (r:Region {code: pair[1], graph: $graph})
CREATE (m)-[rel:MEMBER_OF]->(r)
SET rel += g.props
