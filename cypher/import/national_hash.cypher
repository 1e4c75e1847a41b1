// The hash of the national files on a completed import from before the hash was kept.
MATCH (d:Dataset {id: 'national'})
SET d.contentHash = $contentHash
