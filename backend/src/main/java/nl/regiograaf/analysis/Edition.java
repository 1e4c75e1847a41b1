package nl.regiograaf.analysis;

import java.util.List;
import java.util.Map;
import nl.regiograaf.model.DivisionKind;

/**
 * One edition of a division on its own municipality set: the current one ({@code year} null, read from the national
 * graph) or an older one such as GGD@2020 (355 municipalities of 2020). {@code municipalities} is that set, code to
 * name as the edition's source writes it; {@code setDate} is the date the set is valid on, which decides the
 * municipal events that lie between two editions.
 */
public record Edition(String id, String kind, Integer year, String referenceDate, String setDate, String source,
                      String note, List<GraphRows.Region> regions, List<GraphRows.Membership> memberships,
                      Map<String, String> municipalities) {

    /** {@code kind}: a national kind, or an own division's (its current edition only; see EditionService#own). */
    public Edition(String id, DivisionKind kind, Integer year, String referenceDate, String setDate, String source,
                   String note, List<GraphRows.Region> regions, List<GraphRows.Membership> memberships,
                   Map<String, String> municipalities) {
        this(id, kind.name(), year, referenceDate, setDate, source, note, regions, memberships, municipalities);
    }

    public boolean current() {
        return year == null;
    }

    /** The edition as a division for the analyses that take one (overlaps, partition check). */
    public GraphRows.Division division() {
        return new GraphRows.Division(kind, referenceDate, regions, memberships, false);
    }
}
