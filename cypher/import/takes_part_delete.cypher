// Removes the ketenaanpak participation of one dataset, and stated regions left without any.
MATCH ()-[t:TAKES_PART {dataset: $dataset}]->()
DELETE t
WITH count(*) AS deleted
OPTIONAL MATCH (s:StatedRegion) WHERE NOT (s)--()
DELETE s
