package nl.regiograaf.repo;

import static nl.regiograaf.repo.Values.doubleOrNull;
import static nl.regiograaf.repo.Values.longOrNull;
import static nl.regiograaf.repo.Values.strings;
import static nl.regiograaf.repo.Values.text;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.SupportApi;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads of support points, ketenaanpak participation and datasets. */
public final class SupportRepository {

    /** A municipality as analyses need it. */
    public record Municipality(String code, String name, long population, double lat, double lon) {
    }

    /** A position coverage measures to, with the municipality it lies in. */
    public record Position(double lat, double lon, String municipality, String dataset) {
    }

    public record Participation(String municipality, String ketenaanpak, String evidence, String status, String dataset) {
    }

    public record RegionalStatement(String ketenaanpak, boolean onRegion, String regionKind, String regionCode,
                                    String regionName, String statedRegion, String regionMatch, String regionMatchReason,
                                    List<String> expandedTo, String status, String evidence, String asOf, String source,
                                    String sourceUrl, String note, String dataset) {
    }

    private final GraphClient graph;

    /** The national rows (municipalities, memberships), read once per national version and shared with the analyses. */
    private final NationalRows nationalRows;

    public SupportRepository(GraphClient graph, NationalRows nationalRows) {
        this.graph = graph;
        this.nationalRows = nationalRows;
    }

    public List<SupportApi.Dataset> datasets() {
        return graph.queryAll("queries/datasets", Map.of()).stream().map(r -> r.get("dataset")).map(d ->
                new SupportApi.Dataset(text(d, "id"), text(d, "kind"), d.get("demo").asBoolean(false), text(d, "origin"),
                        longOrNull(d, "version"), text(d, "source"), text(d, "scope"), longOrNull(d, "rows"),
                        text(d, "importedAt"))).toList();
    }

    /** The datasets of one kind an answer draws from, demo ones only when included. */
    public List<SupportApi.DatasetRef> datasets(String kind, boolean includeDemo) {
        return datasets().stream().filter(d -> kind.equals(d.kind()) && (includeDemo || !d.demo()))
                .map(d -> new SupportApi.DatasetRef(d.id(), d.demo(), d.scope())).toList();
    }

    public SupportApi.SupportPoints points(List<String> kinds, boolean includeDemo, List<String> kindsShown) {
        GraphClient.Rows rows = graph.query("queries/support_points", params(kinds, includeDemo));
        List<SupportApi.SupportPoint> points = rows.records().stream().map(r -> r.get("point")).map(p -> {
            Value m = p.get("municipality");
            return new SupportApi.SupportPoint(text(p, "id"), text(p, "name"), text(p, "kind"), text(p, "kindLabel"),
                    m.isNull() ? null : new SupportApi.PointMunicipality(text(m, "code"), text(m, "name")),
                    doubleOrNull(p, "lat"), doubleOrNull(p, "lon"), text(p, "located"), p.get("demo").asBoolean(false),
                    text(p, "source"), text(p, "sourceUrl"), text(p, "address"), text(p, "town"), text(p, "asOf"),
                    p.get("planned").asBoolean(false), text(p, "note"), text(p, "dataset"));
        }).toList();
        List<SupportApi.DatasetRef> datasets = datasets("support-points", includeDemo);
        return new SupportApi.SupportPoints(datasets, datasets.stream().anyMatch(SupportApi.DatasetRef::demo),
                kindsShown, points.size(), rows.truncated(), points);
    }

    /** Every municipality with its point, in name order. */
    public List<Municipality> municipalities() {
        return nationalRows.cache().getNational("rows:support-municipalities", () ->
                nationalRows.municipalities().byCode().values().stream()
                        .map(m -> new Municipality(m.code(), m.name(), m.population(), m.lat(), m.lon()))
                        .sorted(Comparator.comparing(Municipality::name)).toList());
    }

    /**
     * Region code → member codes for one division, national or own, regions and members in code order; names into
     * {@code namesOut}. An own division that covers part of the country has members only there.
     */
    public Map<String, List<String>> members(DivisionKey division, Map<String, String> namesOut) {
        DivisionMembers members = members(division.code(), () -> nationalRows.division(division));
        namesOut.putAll(members.names());
        return members.members();
    }

    /** The members of every region of the given divisions (read together when not yet read at this version). */
    public Map<String, List<String>> membersOf(Set<DivisionKind> kinds) {
        Map<String, List<String>> all = new HashMap<>();
        nationalRows.divisions(List.copyOf(new TreeSet<>(kinds)))
                .forEach((kind, division) -> all.putAll(members(kind.name(), () -> division).members()));
        return all;
    }

    /** Per national version: an own division's import or removal bumps it too. */
    private DivisionMembers members(String code, java.util.function.Supplier<GraphRows.Division> division) {
        return nationalRows.cache().getNational("rows:members:" + code, () -> members(division.get()));
    }

    private static DivisionMembers members(GraphRows.Division division) {
        Map<String, SortedSet<String>> sorted = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        division.regions().forEach(r -> names.put(r.code(), r.name()));
        division.memberships().forEach(m -> sorted.computeIfAbsent(m.region(), k -> new TreeSet<>()).add(m.municipality()));
        Map<String, List<String>> members = new LinkedHashMap<>();
        sorted.forEach((region, codes) -> members.put(region, List.copyOf(codes)));
        return new DivisionMembers(Collections.unmodifiableMap(members), Map.copyOf(names));
    }

    private record DivisionMembers(Map<String, List<String>> members, Map<String, String> names) {
    }

    public List<Position> coveragePositions(List<String> kinds, boolean includeDemo) {
        Record r = graph.queryAll("queries/coverage_points", params(kinds, includeDemo)).get(0);
        return r.get("rows").asList(row -> new Position(row.get(0).asDouble(), row.get(1).asDouble(),
                row.get(2).asString(), row.get(3).asString(null)));
    }

    /** At most this many left-out points are listed per reason (all are counted). */
    public static final int EXCLUDED_LISTED = 200;

    /** The points coverage leaves out; {@code notLspKinds}: kinds outside {@code kinds} to list as not counting. */
    public SupportApi.Excluded coverageExcluded(List<String> kinds, boolean includeDemo, List<String> notLspKinds) {
        Map<String, Object> params = params(kinds, includeDemo);
        params.put("notLspKinds", notLspKinds);
        params.put("listed", EXCLUDED_LISTED);
        Map<String, Long> counts = new HashMap<>();
        List<SupportApi.ExcludedPoint> points = new java.util.ArrayList<>();
        for (Record r : graph.queryAll("queries/coverage_excluded", params)) {
            String reason = r.get("reason").asString();
            counts.put(reason, r.get("n").asLong());
            r.get("points").asList(p -> p).forEach(p -> points.add(new SupportApi.ExcludedPoint(text(p, "id"),
                    text(p, "name"), text(p, "kind"), p.get("municipalityCode").isNull() ? null
                    : new SupportApi.PointMunicipality(text(p, "municipalityCode"), text(p, "municipalityName")),
                    text(p, "dataset"), p.get("demo").asBoolean(false), reason)));
        }
        points.sort(Comparator.comparing(SupportApi.ExcludedPoint::reason)
                .thenComparing(SupportApi.ExcludedPoint::name, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new SupportApi.Excluded(counts.getOrDefault("unplaced", 0L), counts.getOrDefault("planned", 0L),
                counts.getOrDefault("not-lsp", 0L), points);
    }

    public List<Participation> municipalParticipation(boolean includeDemo) {
        Record r = graph.queryAll("queries/takes_part_municipal", Map.of("includeDemo", includeDemo)).get(0);
        return r.get("rows").asList(row -> new Participation(row.get(0).asString(), row.get(1).asString(),
                row.get(2).asString(null), row.get(3).asString(null), row.get(4).asString(null)));
    }

    public List<RegionalStatement> regionalStatements(boolean includeDemo) {
        return graph.queryAll("queries/takes_part_regional", Map.of("includeDemo", includeDemo)).stream().map(r -> {
            Value s = r.get("statement");
            return new RegionalStatement(r.get("ketenaanpak").asString(), r.get("onRegion").asBoolean(),
                    r.get("regionKind").asString(null), r.get("regionCode").asString(null), r.get("regionName").asString(null),
                    text(s, "statedRegion"), text(s, "regionMatch"), text(s, "regionMatchReason"), strings(s, "expandedTo"),
                    text(s, "status"), text(s, "evidence"), text(s, "asOf"), text(s, "source"), text(s, "sourceUrl"),
                    text(s, "note"), text(s, "dataset"));
        }).toList();
    }

    private static Map<String, Object> params(List<String> kinds, boolean includeDemo) {
        Map<String, Object> p = new HashMap<>();
        p.put("kinds", kinds);
        p.put("includeDemo", includeDemo);
        return p;
    }
}
