// The national graph versions present beside the one in force: unfinished ones (an import that stopped before its
// switch) and replaced ones not yet removed, or not removed completely (a removal stopped half-way leaves some labels
// only, so every versioned label is looked at).
CALL () {
  MATCH (n:Municipality) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:Region) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:Division) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:Source) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:Insurer) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:Hospital) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
  UNION
  MATCH (n:PackedBorders) WHERE n.graph <> $graph RETURN DISTINCT n.graph AS other
}
RETURN collect(other) AS others
