// Removes every support point of one dataset (replace mode, dataset removal).
MATCH (p:SupportPoint {dataset: $dataset})
DETACH DELETE p
