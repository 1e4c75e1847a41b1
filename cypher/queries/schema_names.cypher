// The names of the indexes present (a uniqueness constraint's backing index carries the constraint's name), so
// startup only runs the schema statements that are missing.
SHOW INDEXES YIELD name
RETURN name
