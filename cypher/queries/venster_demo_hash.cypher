// The content hash(es) of the DEMO venster answers in the store: the startup import skips an unchanged file.
OPTIONAL MATCH (a:VensterAnswer {dataset: $dataset})
RETURN count(a) AS answers, collect(DISTINCT a.contentHash) AS hashes
