// The national dataset marker: its presence means an import completed (it commits with the switch to its version).
MERGE (d:Dataset {id: $id})
SET d.importedAt = datetime(), d.rows = $rows, d.kind = 'national', d.demo = false, d.contentHash = $contentHash,
    d.graph = $graph
