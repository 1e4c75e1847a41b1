// Support points of the asked kinds and datasets that a coverage analysis cannot use, and why.
MATCH (p:SupportPoint)
WHERE ($kinds IS NULL OR p.kind IN $kinds) AND ($includeDemo OR NOT p.demo)
WITH p, EXISTS { (p)-[:IN]->(:Municipality) } AS placed
RETURN count(CASE WHEN NOT placed OR p.lat IS NULL THEN 1 END) AS unplaced,
       count(CASE WHEN placed AND p.lat IS NOT NULL AND coalesce(p.planned, false) THEN 1 END) AS planned
