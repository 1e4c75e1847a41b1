// Whether the read model (member lists on regions, border lists on municipalities, packed regions on national
// divisions, packed borders) is missing: a store imported before it existed. Then it is written once at start.
RETURN EXISTS { MATCH (r:Region) WHERE r.members IS NULL }
    OR EXISTS { MATCH (m:Municipality) WHERE m.borderCodes IS NULL }
    OR EXISTS { MATCH (d:Division) WHERE d.packedRegions IS NULL AND d.own IS NULL }
    OR (EXISTS { MATCH (m:Municipality) } AND NOT EXISTS { MATCH (p:PackedBorders) }) AS missing
