// Stores the border lists of every municipality packed in one string (PackedBorders) on the one PackedBorders node, or
// removes it (null) when a code holds a separator: Bolt then moves one value instead of ~100,000 lists.
MERGE (p:PackedBorders {key: 'national'})
SET p.value = $packed
