// Whether the read model of the national graph in force (member lists on regions, border lists on municipalities,
// packed regions on national divisions, packed borders) is missing, or the packed borders were written for another
// national version: a store imported before it existed, or changed by another build. Then it is written once at start.
RETURN EXISTS { MATCH (r:Region) WHERE r.graph = $graph AND r.members IS NULL }
    OR EXISTS { MATCH (m:Municipality) WHERE m.graph = $graph AND m.borderCodes IS NULL }
    OR EXISTS { MATCH (d:Division) WHERE d.graph = $graph AND d.packedRegions IS NULL AND d.own IS NULL }
    OR (EXISTS { MATCH (m:Municipality) WHERE m.graph = $graph }
        AND NOT EXISTS { MATCH (p:PackedBorders {key: 'national', graph: $graph}) })
    OR EXISTS { MATCH (p:PackedBorders {key: 'national', graph: $graph}) OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
                WITH p, meta WHERE p.nationalVersion IS NULL
                                OR p.nationalVersion <> coalesce(meta.nationalVersion, meta.dataVersion, 0) } AS missing
