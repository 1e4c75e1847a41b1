// Removes the venster answers of one dataset, of the given years only (all years when $years is null).
MATCH (a:VensterAnswer {dataset: $dataset})
WHERE $years IS NULL OR a.year IN $years
DETACH DELETE a
RETURN count(*) AS removed
