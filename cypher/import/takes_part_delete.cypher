// Removes the ketenaanpak participation of one dataset, and stated regions left without any. Every copy goes (a
// statement on a municipality or region exists once per national version present); deleted counts only those on the
// version in force (or on a StatedRegion, which has no version), so the number reported does not double.
MATCH (x)-[t:TAKES_PART {dataset: $dataset}]->()
WITH t, x.graph IS NULL OR x.graph = $graph AS inForce
DELETE t
WITH count(CASE WHEN inForce THEN 1 END) AS deleted
CALL () {
  MATCH (s:StatedRegion) WHERE NOT (s)--()
  DELETE s
}
RETURN deleted
