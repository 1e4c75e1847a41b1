// Whether the read model (member lists on regions, border lists on municipalities) is missing: a store imported before
// it existed. Then it is written once at start.
RETURN EXISTS { MATCH (r:Region) WHERE r.members IS NULL }
    OR EXISTS { MATCH (m:Municipality) WHERE m.borderCodes IS NULL } AS missing
