// A store without any municipality: the national import may CREATE instead of MERGE (same transaction).
MATCH (m:Municipality)
RETURN count(m) = 0 AS fresh
