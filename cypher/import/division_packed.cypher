// Stores on each division its regions and members packed in one string (PackedRegions), or removes it (null) when a
// value holds a separator: Bolt then moves one value per division instead of ~100,000 list entries.
UNWIND $rows AS row
MATCH (d:Division {kind: row.kind, graph: $graph})
SET d.packedRegions = row.packed
