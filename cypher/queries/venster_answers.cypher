// Every answer of the venster op de samenwerking, imported and DEMO.
MATCH (a:VensterAnswer)-[:IN_REGION]->(r:Region {kind: 'IZA', graph: $graph})
RETURN r.code AS region, a.year AS year, a.financier AS financier, a.question AS question, a.answer AS answer,
       a.toelichting AS toelichting, a.demo AS demo, a.dataset AS dataset
ORDER BY region, year
