// Removes every imported werkstructuur role (names of persons included).
MATCH (w:WerkstructuurRole)
DETACH DELETE w
RETURN count(*) AS removed
