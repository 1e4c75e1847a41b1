// Constraints and indexes of the Regiograaf graph. Every statement is idempotent.
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (m:Municipality) REQUIRE m.code IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT insurer_name IF NOT EXISTS FOR (i:Insurer) REQUIRE i.name IS UNIQUE;
CREATE CONSTRAINT hospital_name IF NOT EXISTS FOR (h:Hospital) REQUIRE h.name IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind);
CREATE INDEX municipality_name IF NOT EXISTS FOR (m:Municipality) ON (m.name);
CREATE CONSTRAINT support_point_id IF NOT EXISTS FOR (p:SupportPoint) REQUIRE p.id IS UNIQUE;
CREATE INDEX support_point_dataset IF NOT EXISTS FOR (p:SupportPoint) ON (p.dataset);
CREATE CONSTRAINT ketenaanpak_code IF NOT EXISTS FOR (k:Ketenaanpak) REQUIRE k.code IS UNIQUE;
CREATE CONSTRAINT stated_region_name IF NOT EXISTS FOR (s:StatedRegion) REQUIRE s.name IS UNIQUE;
CREATE INDEX takes_part_dataset IF NOT EXISTS FOR ()-[t:TAKES_PART]-() ON (t.dataset)
