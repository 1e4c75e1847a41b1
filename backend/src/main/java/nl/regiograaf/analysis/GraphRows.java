package nl.regiograaf.analysis;

import java.util.List;
import java.util.Map;
import nl.regiograaf.model.DivisionKind;

/** The rows the analyses read from the graph (one Cypher file each); the analyses are pure functions of them. */
public final class GraphRows {

    private GraphRows() {
    }

    /** A municipality with its representative point (null when the graph has none). */
    public record Municipality(String code, String name, long population, Double lat, Double lon) {

        public Municipality(String code, String name, long population) {
            this(code, name, population, null, null);
        }
    }

    /** The municipalities by code, in code order; {@code truncated} when the row cap cut the list. */
    public record Municipalities(Map<String, Municipality> byCode, boolean truncated) {
    }

    public record Region(String kind, String code, String name) {
    }

    /** One MEMBER_OF relationship: its source and (IZA only) evidence level. */
    public record Membership(String municipality, String region, String source, String evidenceLevel) {
    }

    /** A division: its regions (also those without members) and every membership in it. */
    public record Division(String kind, String referenceDate, List<Region> regions, List<Membership> memberships,
                           boolean truncated) {

        public Division(DivisionKind kind, String referenceDate, List<Region> regions, List<Membership> memberships,
                        boolean truncated) {
            this(kind.name(), referenceDate, regions, memberships, truncated);
        }
    }

    /** One BORDERS relationship (stored once per pair); contact = boundary | point | water. */
    public record Border(String a, String b, String contact) {
    }

    public record Borders(List<Border> rows, boolean truncated) {
    }

    /**
     * A node hanging off a region: a trauma centre (HOSPITAL, TRAUMA_CENTRE_FOR), a concession holder (INSURER,
     * HOLDS_CONCESSION) or a mandaatgemeente (MUNICIPALITY, MANDAATGEMEENTE).
     */
    public record Attachment(String region, String type, String kind, String id, String label) {
    }

    public record Attachments(List<Attachment> rows, boolean truncated) {
    }

    /** Everything the network graph is drawn from. */
    public record Network(Municipalities municipalities, List<Region> regions, List<Membership> memberships,
                          List<Border> borders, List<Attachment> attachments, boolean truncated) {
    }
}
