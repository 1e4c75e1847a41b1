// The version of the national graph in force (null before the first national import has switched one in). Every
// versioned node (Municipality, Region, Division, Source, Insurer, Hospital, PackedBorders) carries its version as
// `graph`; readers select the one in force (see GraphVersionTx).
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN meta.currentGraph AS graph
