// The five IZA/GALA ketenaanpakken (codes are the API's; names are Dutch).
UNWIND $rows AS row
MERGE (k:Ketenaanpak {code: row.code})
SET k.name = row.name
