// Constraints and indexes of the Regiograaf graph. Every statement is idempotent.
// The national graph is versioned (a new version is written beside the one in force, see NationalImporter): its
// codes are unique per version, `graph`. Stores from before versioning had them unique outright; those constraints go.
DROP CONSTRAINT municipality_code IF EXISTS;
DROP CONSTRAINT region_code IF EXISTS;
DROP CONSTRAINT source_id IF EXISTS;
DROP CONSTRAINT insurer_name IF EXISTS;
DROP CONSTRAINT hospital_name IF EXISTS;
CREATE CONSTRAINT municipality_code_graph IF NOT EXISTS FOR (m:Municipality) REQUIRE (m.code, m.graph) IS UNIQUE;
CREATE CONSTRAINT region_code_graph IF NOT EXISTS FOR (r:Region) REQUIRE (r.code, r.graph) IS UNIQUE;
CREATE CONSTRAINT source_id_graph IF NOT EXISTS FOR (s:Source) REQUIRE (s.id, s.graph) IS UNIQUE;
CREATE CONSTRAINT insurer_name_graph IF NOT EXISTS FOR (i:Insurer) REQUIRE (i.name, i.graph) IS UNIQUE;
CREATE CONSTRAINT hospital_name_graph IF NOT EXISTS FOR (h:Hospital) REQUIRE (h.name, h.graph) IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind);
CREATE INDEX municipality_name IF NOT EXISTS FOR (m:Municipality) ON (m.name);
CREATE CONSTRAINT support_point_id IF NOT EXISTS FOR (p:SupportPoint) REQUIRE p.id IS UNIQUE;
CREATE INDEX support_point_dataset IF NOT EXISTS FOR (p:SupportPoint) ON (p.dataset);
CREATE CONSTRAINT ketenaanpak_code IF NOT EXISTS FOR (k:Ketenaanpak) REQUIRE k.code IS UNIQUE;
CREATE CONSTRAINT stated_region_name IF NOT EXISTS FOR (s:StatedRegion) REQUIRE s.name IS UNIQUE;
CREATE INDEX takes_part_dataset IF NOT EXISTS FOR ()-[t:TAKES_PART]-() ON (t.dataset);
