// The write floor of a municipality-shaped node (ScaleBench): rows $from..$to made by Neo4j itself (nothing crosses
// Bolt), with the national import's 17 properties, label and indexes, under a version no reader uses ($graph).
UNWIND range($from, $to) AS i
CREATE (m:Municipality)
SET m = {code: 'FLOOR' + i, name: 'Gemeente ' + i, provinceCode: 'PV20', province: 'Groningen', population: 244427 + i,
         populationSource: 'cbs-population-2026', populationDate: '2026-01-01', lat: 53.2 + i * 1e-6, lon: 6.5,
         source: 'cbs-municipalities-2025', referenceDate: '2025-01-01', pointSource: 'cbs-boundaries-2025',
         nameKey: 'gemeente ' + i, bredeSpuk2025: 3479743, bredeSpuk2026: 2962867, bredeSpukSource: 'vws-spuk-2025'},
    m.graph = $graph
