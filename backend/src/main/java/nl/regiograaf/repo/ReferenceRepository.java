package nl.regiograaf.repo;

import static nl.regiograaf.repo.Values.doubleOrNull;
import static nl.regiograaf.repo.Values.list;
import static nl.regiograaf.repo.Values.longOr0;
import static nl.regiograaf.repo.Values.longOrNull;
import static nl.regiograaf.repo.Values.map;
import static nl.regiograaf.repo.Values.strings;
import static nl.regiograaf.repo.Values.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.DivisionKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The reference graph as read by the API: divisions, municipalities, regions, sources. */
public final class ReferenceRepository {

    private final GraphClient graph;

    public ReferenceRepository(GraphClient graph) {
        this.graph = graph;
    }

    public long municipalityCount() {
        return graph.queryAll("queries/health", Map.of()).get(0).get("municipalities").asLong();
    }

    public List<Api.Division> divisions() {
        return graph.queryAll("queries/divisions", Map.of()).stream().map(r -> r.get("division")).map(d ->
                new Api.Division(text(d, "kind"), text(d, "name"), longOr0(d, "regions"),
                        longOr0(d, "assignedMunicipalities"), text(d, "referenceDate"), text(d, "source"),
                        d.get("own").asBoolean(false), text(d, "dataset"), text(d, "scope")))
                // national ones in their order, then the own ones by kind
                .sorted(java.util.Comparator.comparing((Api.Division d) -> DivisionKind.parse(d.kind())
                        .map(Enum::ordinal).orElse(Integer.MAX_VALUE)).thenComparing(Api.Division::kind))
                .toList();
    }

    public List<Api.MunicipalitySummary> municipalities() {
        return graph.queryAll("queries/municipalities", Map.of()).stream().map(r -> r.get("municipality")).map(m ->
                new Api.MunicipalitySummary(text(m, "code"), text(m, "name"), text(m, "province"),
                        longOr0(m, "population"), text(m, "populationSource"), text(m, "populationDate"),
                        m.get("lat").asDouble(), m.get("lon").asDouble())).toList();
    }

    public Optional<Api.MunicipalityDetail> municipality(String code) {
        return municipality(code, List.of());
    }

    /** {@code ownKinds}: the own divisions, listed (empty when the municipality lies in none of their regions) after the national ones. */
    public Optional<Api.MunicipalityDetail> municipality(String code, List<String> ownKinds) {
        List<Record> rows = graph.queryAll("queries/municipality", Map.of("code", code));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Value m = rows.get(0).get("municipality");
        Map<String, List<Api.RegionMembership>> regions = new LinkedHashMap<>();
        for (DivisionKind kind : DivisionKind.values()) {
            regions.put(kind.name(), new ArrayList<>());
        }
        ownKinds.forEach(kind -> regions.put(kind, new ArrayList<>()));
        for (Value r : list(m, "regions")) {
            // an own division's kind comes after the national ones
            regions.computeIfAbsent(text(r, "kind"), k -> new ArrayList<>()).add(new Api.RegionMembership(text(r, "code"), text(r, "name"), map(r, "membership")));
        }
        List<Api.Neighbour> neighbours = list(m, "neighbours").stream()
                .map(n -> new Api.Neighbour(text(n, "code"), text(n, "name"), text(n, "contact"),
                        doubleOrNull(n, "borderKm"), doubleOrNull(n, "distanceKm")))
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
        List<Api.Insurer> insurers = list(m, "insurers").stream()
                .map(i -> new Api.Insurer(text(i, "name"), text(i, "region"), text(i, "regionName"),
                        longOrNull(i, "referenceYear"), text(i, "match"), text(i, "note"), text(i, "source"))).toList();
        List<Api.Ref> mandaat = list(m, "mandaatgemeenteOf").stream()
                .map(x -> new Api.Ref(text(x, "code"), text(x, "name"))).toList();
        return Optional.of(new Api.MunicipalityDetail(text(m, "code"), text(m, "name"), text(m, "province"),
                text(m, "provinceCode"), longOr0(m, "population"), text(m, "populationSource"), text(m, "populationDate"),
                m.get("lat").asDouble(), m.get("lon").asDouble(),
                text(m, "source"), text(m, "referenceDate"), longOrNull(m, "bredeSpuk2025"),
                longOrNull(m, "bredeSpuk2026"), text(m, "bredeSpukSource"), strings(m, "aliases"), regions,
                neighbours, insurers.isEmpty() ? null : insurers.get(0), insurers, mandaat));
    }

    public List<Api.RegionSummary> regions(DivisionKind kind) {
        return regions(kind.name());
    }

    /** The regions of a national or own division. */
    public List<Api.RegionSummary> regions(String kind) {
        return graph.queryAll("queries/regions_by_kind", Map.of("kind", kind)).stream()
                .map(r -> r.get("region")).map(r -> new Api.RegionSummary(text(r, "kind"), text(r, "code"),
                        text(r, "name"), longOr0(r, "members"), longOr0(r, "population"),
                        joined(r, "populationSources"), joined(r, "populationDates"))).toList();
    }

    public Optional<Api.RegionDetail> region(DivisionKind kind, String code) {
        return region(kind.name(), code);
    }

    public Optional<Api.RegionDetail> region(String kind, String code) {
        List<Record> rows = graph.queryAll("queries/region", Map.of("kind", kind, "code", code));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Value r = rows.get(0).get("region");
        List<Api.Member> members = list(r, "members").stream()
                .map(m -> new Api.Member(text(m, "code"), text(m, "name"), longOr0(m, "population"), map(m, "membership")))
                .toList();
        Value mg = r.get("mandaatgemeenteMunicipality");
        Value tc = r.get("traumaCentreDetail");
        Value ch = r.get("concessionHolder");
        return Optional.of(new Api.RegionDetail(text(r, "kind"), text(r, "code"), text(r, "name"), text(r, "source"),
                text(r, "referenceDate"), longOr0(r, "population"), joined(r, "populationSources"),
                joined(r, "populationDates"), members,
                text(r, "mandaatgemeente"), mg.isNull() ? null : new Api.Ref(text(mg, "code"), text(mg, "name")),
                longOrNull(r, "spukIza2025"), longOrNull(r, "spukIza2026"), text(r, "spukSource"),
                text(r, "abbreviation"),
                tc.isNull() ? null : new Api.TraumaCentre(text(tc, "name"), text(tc, "confidence"), text(tc, "evidence"),
                        text(tc, "url"), text(tc, "source")),
                ch.isNull() ? null : new Api.ConcessionHolder(text(ch, "name"), longOrNull(ch, "referenceYear"),
                        text(ch, "match"), text(ch, "regions2015"), text(ch, "note"), text(ch, "source")),
                text(r, "concessionMatch"), text(r, "concessionNote")));
    }

    /** The distinct values of a list as one text (one value in practice: every population comes from one table). */
    private static String joined(Value v, String key) {
        List<String> values = strings(v, key).stream().distinct().sorted().toList();
        return values.isEmpty() ? null : String.join(", ", values);
    }

    public List<Api.Source> sources() {
        return graph.queryAll("queries/sources", Map.of()).stream().map(r -> r.get("source")).map(s ->
                new Api.Source(text(s, "id"), text(s, "publisher"), text(s, "title"), text(s, "url"),
                        text(s, "licence"), text(s, "referenceDate"), strings(s, "files"), text(s, "note"),
                        s.get("used").asBoolean())).toList();
    }
}
