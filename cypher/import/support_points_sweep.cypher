// Replace mode, after writing: the dataset's points that this import did not write go.
MATCH (p:SupportPoint {dataset: $dataset})
WHERE p.importId IS NULL OR p.importId <> $importId
DETACH DELETE p
