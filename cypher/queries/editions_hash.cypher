// The content hash of the editions and municipal events the store holds (null before the first write).
OPTIONAL MATCH (meta:Meta {id: 'editions'})
RETURN meta.contentHash AS hash
