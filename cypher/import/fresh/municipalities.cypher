// Fresh store only (no Municipality yet, checked in the same transaction): CREATE, no MERGE lookups.
UNWIND $rows AS row
CREATE (m:Municipality)
SET m = row
