// The national graph versions present beside the one in force: unfinished ones (an import that stopped before its
// switch) and replaced ones not yet removed. Every version writes its divisions or sources first.
CALL () {
  MATCH (d:Division) WHERE d.graph <> $graph RETURN d.graph AS other
  UNION
  MATCH (s:Source) WHERE s.graph <> $graph RETURN s.graph AS other
}
RETURN collect(DISTINCT other) AS others
