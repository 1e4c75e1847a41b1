// The date the current municipality set is valid on (the reference date of the municipalities' source).
MATCH (m:Municipality {graph: $graph})
RETURN max(m.referenceDate) AS date
