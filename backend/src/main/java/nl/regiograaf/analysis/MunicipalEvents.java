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

    /** Prefix of the key of a former municipality whose CBS code no source states: {@code name:Bedum}. */
    public static final String NAME_KEY = "name:";

    /**
     * One row of an event: {@code date} is the ISO date it took effect; {@code oldCode} the CBS code of the old
     * municipality or, where no source states it, {@link #nameKey its name key}; {@code citation} the documents the row
     * cites; {@code source} the id of the events file in data/nl/sources.csv.
     */
    public record Row(String date, String kind, String oldCode, String oldName, String newCode, String newName,
                      String citation, String source) {

        public Row(String date, String kind, String oldCode, String oldName, String newCode, String newName,
                   String citation) {
            this(date, kind, oldCode, oldName, newCode, newName, citation, null);
        }

        Row withSource(String fallback) {
            return source != null ? this : new Row(date, kind, oldCode, oldName, newCode, newName, citation, fallback);
        }
    }

    /** One event: the municipalities before and after, with the documents its rows cite and their source ids. */
    public record Event(String date, String kind, List<Api.Ref> from, List<Api.Ref> to, String citation,
                        String source) {
    }

    private final List<Row> rows;

    /** {@code source}: the source id given to rows that name none (data/nl/sources.csv). */
    public MunicipalEvents(String source, List<Row> rows) {
        this.rows = rows.stream().map(r -> r.withSource(source)).sorted(Comparator.comparing(Row::date)
                .thenComparing(Row::oldCode).thenComparing(Row::newCode)).toList();
    }

    /** The key of a former municipality known by name only (its CBS code is in no source held). */
    public static String nameKey(String name) {
        return NAME_KEY + name;
    }

    /** The source ids of the rows, distinct, joined with "|". */
    public String source() {
        return String.join("|", new TreeSet<>(rows.stream().map(Row::source).filter(s -> s != null).toList()));
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
            Set<String> citations = new TreeSet<>();
            Set<String> sources = new TreeSet<>();
            for (Row r : g) {
                from.putIfAbsent(r.oldCode(), new Api.Ref(r.oldCode(), r.oldName()));
                to.putIfAbsent(r.newCode(), new Api.Ref(r.newCode(), r.newName()));
                citations.add(r.citation());
                if (r.source() != null) {
                    sources.add(r.source());
                }
            }
            events.add(new Event(g.get(0).date(), g.get(0).kind(), List.copyOf(from.values()), List.copyOf(to.values()),
                    String.join(" | ", citations), String.join("|", sources)));
        });
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.to().get(0).name()));
        return events;
    }
}
