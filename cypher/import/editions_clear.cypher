// Removes every older edition and municipal event; the editions import writes them anew in the same transaction.
MATCH (n)
WHERE n:Edition OR n:EditionRegion OR n:MunicipalEvent
DETACH DELETE n
