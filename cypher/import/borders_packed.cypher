// Stores every municipality's border list packed in one string (PackedBorders), or no value (null) when it cannot be
// packed: Bolt then moves one value instead of ~100,000 list entries. The node itself marks the read model as written.
MERGE (p:PackedBorders {id: 'national'})
SET p.value = $packed
