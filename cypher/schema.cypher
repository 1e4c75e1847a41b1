// Constraints and indexes of the Regiograaf graph. Every statement is idempotent.
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (m:Municipality) REQUIRE m.code IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT insurer_name IF NOT EXISTS FOR (i:Insurer) REQUIRE i.name IS UNIQUE;
CREATE CONSTRAINT hospital_name IF NOT EXISTS FOR (h:Hospital) REQUIRE h.name IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind);
CREATE INDEX municipality_name IF NOT EXISTS FOR (m:Municipality) ON (m.name)
