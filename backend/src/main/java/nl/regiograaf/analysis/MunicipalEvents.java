package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.model.Api;

/**
 * The municipal events (mergers, splits, renames), one row per old code → new code, and the crosswalk they make:
 * a code valid on one date → the codes valid on a later date. A split row per part gives the parts the old
 * municipality went to; events chain in date order (A → B in 2021, B → C in 2023 gives A → C).
 */
public final class MunicipalEvents {

    public static final Set<String> KINDS = Set.of("merger", "split", "rename");

    /** One row of an event: {@code date} is the ISO date it took effect; {@code citation} the documents the row cites. */
    public record Row(String date, String kind, String oldCode, String oldName, String newCode, String newName,
                      String citation) {
    }

    /** One event: the municipalities before and after, with the documents its rows cite. */
    public record Event(String date, String kind, List<Api.Ref> from, List<Api.Ref> to, String citation) {
    }

    private final String source;
    private final List<Row> rows;

    /** {@code source}: the id of the source the events file is registered under (data/nl/sources.csv). */
    public MunicipalEvents(String source, List<Row> rows) {
        this.source = source;
        this.rows = rows.stream().sorted(Comparator.comparing(Row::date).thenComparing(Row::oldCode)
                .thenComparing(Row::newCode)).toList();
    }

    public String source() {
        return source;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows that took effect after {@code after} and on or before {@code upTo} (ISO dates compare as text). */
    public List<Row> between(String after, String upTo) {
        return rows.stream().filter(r -> r.date().compareTo(after) > 0 && r.date().compareTo(upTo) <= 0).toList();
    }

    /**
     * The codes {@code code} became between the two dates, in date order of the events; itself when nothing happened
     * to it. A split gives every part.
     */
    public List<String> successors(String code, String after, String upTo) {
        Set<String> now = new LinkedHashSet<>(List.of(code));
        Map<String, List<Row>> byDate = new LinkedHashMap<>();
        between(after, upTo).forEach(r -> byDate.computeIfAbsent(r.date(), k -> new ArrayList<>()).add(r));
        for (List<Row> sameDay : byDate.values()) {
            Set<String> next = new LinkedHashSet<>();
            for (String c : now) {
                List<String> into = sameDay.stream().filter(r -> r.oldCode().equals(c)).map(Row::newCode).toList();
                next.addAll(into.isEmpty() ? List.of(c) : into);
            }
            now = next;
        }
        return List.copyOf(now);
    }

    /** The rows between the two dates that lie on the way from {@code code} to its successors. */
    public List<Row> path(String code, String after, String upTo) {
        Set<String> reached = new LinkedHashSet<>(List.of(code));
        List<Row> path = new ArrayList<>();
        for (Row r : between(after, upTo)) {
            if (reached.contains(r.oldCode())) {
                path.add(r);
                reached.add(r.newCode());
            }
        }
        return path;
    }

    /**
     * The rows grouped into events: a merger by its date and new municipality (all the old ones it took in), a split by
     * its date and old municipality (all its parts), a rename by its rows.
     */
    public static List<Event> events(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.date() + "|" + r.kind() + "|" + ("split".equals(r.kind()) ? r.oldCode() : r.newCode());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Event> events = new ArrayList<>();
        groups.values().forEach(g -> {
            Map<String, Api.Ref> from = new LinkedHashMap<>();
            Map<String, Api.Ref> to = new LinkedHashMap<>();
            Set<String> sources = new TreeSet<>();
            for (Row r : g) {
                from.putIfAbsent(r.oldCode(), new Api.Ref(r.oldCode(), r.oldName()));
                to.putIfAbsent(r.newCode(), new Api.Ref(r.newCode(), r.newName()));
                sources.add(r.citation());
            }
            events.add(new Event(g.get(0).date(), g.get(0).kind(), List.copyOf(from.values()), List.copyOf(to.values()),
                    String.join(" | ", sources)));
        });
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.to().get(0).name()));
        return events;
    }
}
