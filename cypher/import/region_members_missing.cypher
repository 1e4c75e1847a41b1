// Whether a region lacks the member lists (a store imported before they existed): then they are written once at start.
RETURN EXISTS { MATCH (r:Region) WHERE r.members IS NULL } AS missing
