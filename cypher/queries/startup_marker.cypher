// The fingerprint of the build whose startup imports completed on this store (absent: run them).
OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
RETURN meta.startupFingerprint AS fingerprint
