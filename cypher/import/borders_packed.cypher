// Stores the border lists of every municipality packed in one string (PackedBorders) and the municipality rows in
// another (PackedMunicipalities) on the one PackedBorders node, each removed (null) when a value holds a separator:
// Bolt then moves one value instead of ~100,000 lists.
MERGE (p:PackedBorders {key: 'national', graph: $graph})
SET p.value = $packed, p.municipalities = $municipalities
