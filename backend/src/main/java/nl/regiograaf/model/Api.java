package nl.regiograaf.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** Response shapes of the reference endpoints; the OpenAPI document is generated from these records. */
public final class Api {

    private Api() {
    }

    /**
     * UP (ready), DOWN (Neo4j unreachable) or STARTING; while starting, {@code phase} is {@code neo4j} (the database
     * starts) or {@code import} (schema and startup imports), with the import {@code step} under way, its number
     * {@code stepNumber} of at most {@code steps}, and {@code elapsedMs} since launch. Absent fields are left out.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Health(String status, String neo4j, Long municipalities, String phase, String step,
                         Integer stepNumber, Integer steps, Long elapsedMs) {

        public static Health up(long municipalities) {
            return new Health("UP", "UP", municipalities, "ready", null, null, null, null);
        }

        public static Health down() {
            return new Health("DOWN", "DOWN", null, null, null, null, null, null);
        }

        public static Health starting(String phase, String step, int stepNumber, int steps, long elapsedMs) {
            return new Health("STARTING", phase.equals("neo4j") ? "STARTING" : "UP", null, phase,
                    step.isEmpty() ? null : step, stepNumber, steps, elapsedMs);
        }
    }

    /**
     * own: imported by a user (POST /api/import/divisions), with its dataset and scope (national, a province code or
     * municipality codes: where the partition check counts unassigned municipalities); referenceDate is then the
     * import date and source the dataset id.
     */
    public record Division(String kind, String name, long regions, long assignedMunicipalities,
                           String referenceDate, String source, boolean own,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String dataset,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String scope) {
    }

    /** populationSource/populationDate: the source and reference date of {@code population} (not of the municipality list). */
    public record MunicipalitySummary(String code, String name, String province, long population,
                                      String populationSource, String populationDate, double lat, double lon) {
    }

    public record Ref(String code, String name) {
    }

    /** A region the municipality belongs to, with the membership's provenance (source, date, evidence level). */
    public record RegionMembership(String code, String name, Map<String, Object> membership) {
    }

    /** contact: boundary (shared border, incl. inland water), point (corners touch) or water (island link). */
    public record Neighbour(String code, String name, String contact, Double borderKm, Double distanceKm) {
    }

    public record Insurer(String name, String region, String regionName, Long referenceYear, String match,
                          String note, String source) {
    }

    /**
     * source/referenceDate: the municipality list (code, name, province); populationSource/populationDate: the
     * population figure, which comes from another table with its own reference date.
     */
    public record MunicipalityDetail(String code, String name, String province, String provinceCode, long population,
                                     String populationSource, String populationDate,
                                     double lat, double lon, String source, String referenceDate,
                                     Long bredeSpuk2025, Long bredeSpuk2026, String bredeSpukSource,
                                     List<String> aliases,
                                     Map<String, List<RegionMembership>> regions,
                                     List<Neighbour> neighbours, Insurer insurer, List<Insurer> insurers,
                                     List<Ref> mandaatgemeenteOf) {
    }

    /** population: the sum over the members; populationSource/populationDate: where those figures come from. */
    public record RegionSummary(String kind, String code, String name, long members, long population,
                                String populationSource, String populationDate) {
    }

    public record Member(String code, String name, long population, Map<String, Object> membership) {
    }

    public record TraumaCentre(String name, String confidence, String evidence, String url, String source) {
    }

    public record ConcessionHolder(String name, Long referenceYear, String match, String regions2015,
                                   String note, String source) {
    }

    public record RegionDetail(String kind, String code, String name, String source, String referenceDate,
                               long population, String populationSource, String populationDate, List<Member> members,
                               String mandaatgemeente, Ref mandaatgemeenteMunicipality, Long spukIza2025,
                               Long spukIza2026, String spukSource,
                               String abbreviation, TraumaCentre traumaCentre,
                               ConcessionHolder concessionHolder, String concessionMatch, String concessionNote) {
    }

    /**
     * url: a web address, or where the source lies in the repository (a path) or how it was derived (text);
     * used: whether any answer names this source (an unused one documents data the graph does not hold).
     */
    public record Source(String id, String publisher, String title, String url, String licence,
                         String referenceDate, List<String> files, String note, boolean used) {
    }
}
