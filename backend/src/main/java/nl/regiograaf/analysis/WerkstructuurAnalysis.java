package nl.regiograaf.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.WerkstructuurApi;

/**
 * The werkstructuur per IZA/AZWA region as a pure function of its rows: members, roles (shipped and imported), the
 * GGD, zorgkantoor and ROAZ regions it has to work with (computed from the memberships), document status, the AZWA
 * werkagenda deadline, SPUK IZA and the AZWA raming 2027–2029.
 */
public final class WerkstructuurAnalysis {

    public static final String WERKAGENDA = "werkagenda-azwa";
    static final List<String> DOCUMENTS = List.of("regiobeeld", "regioplan", WERKAGENDA);
    static final List<String> OPEN_ROLES = List.of("preferente zorgverzekeraar", "bestuurlijk aanspreekpunt", "ambtelijk aanspreekpunt");
    /** A designation this many years old or more may no longer name the current holder. */
    static final int OLD_AFTER_YEARS = 5;
    static final String UNKNOWN = "onbekend";
    /** The key year of the raming: the latest SPUK IZA and Brede SPUK amounts published (the 2025 ones deviate twice). */
    static final int KEY_YEAR = 2026;

    /** Everything the werkstructuur is computed from. */
    public record Input(List<WerkstructuurRows.Region> regions, List<WerkstructuurRows.Partner> partners,
                        List<WerkstructuurRows.Role> roles, List<WerkstructuurRows.Document> documents,
                        List<WerkstructuurRows.Deadline> deadlines, List<WerkstructuurRows.Funding> funding) {
    }

    private WerkstructuurAnalysis() {
    }

    public static WerkstructuurApi.Werkstructuur compute(Input in, LocalDate today) {
        WerkstructuurRows.Deadline werkagenda = in.deadlines().stream()
                .filter(d -> d.event().toLowerCase().startsWith("werkagenda azwa")).findFirst()
                .orElseThrow(() -> new IllegalStateException("werkstructuur_dates.csv names no werkagenda AZWA deadline"));
        Map<String, WerkstructuurRows.Partner> partners = new HashMap<>();
        in.partners().forEach(p -> partners.put(p.code(), p));
        Map<String, List<WerkstructuurRows.Role>> roles = new HashMap<>();
        in.roles().forEach(r -> roles.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r));
        Map<String, Map<String, WerkstructuurRows.Document>> documents = new HashMap<>();
        in.documents().forEach(d -> documents.computeIfAbsent(d.region(), k -> new HashMap<>()).put(d.document(), d));
        Keys keys = Keys.of(in.regions());
        WerkstructuurRows.Funding regional = funding(in.funding(), "regionaal");
        WerkstructuurRows.Funding local = funding(in.funding(), "lokaal");

        List<WerkstructuurApi.Region> out = new ArrayList<>();
        for (WerkstructuurRows.Region r : in.regions()) {
            out.add(region(r, partners, roles.getOrDefault(r.code(), List.of()), documents.getOrDefault(r.code(), Map.of()),
                    werkagenda, keys, regional, local, today));
        }
        List<String> late = new ArrayList<>();
        int onTime = 0;
        int pending = 0;
        int unknown = 0;
        for (WerkstructuurApi.Region r : out) {
            switch (r.azwaDeadline().status()) {
                case "on-time" -> onTime++;
                case "late" -> late.add(r.code());
                case "pending" -> pending++;
                default -> unknown++;
            }
        }
        int nonCongruentGgd = (int) out.stream().filter(r -> r.ggd().stream().anyMatch(g -> !g.congruent())).count();
        List<WerkstructuurApi.Deadline> deadlines = in.deadlines().stream().map(d -> new WerkstructuurApi.Deadline(d.event(),
                d.date(), d.appliesTo(), d.source(), d.sourceDate(), d.note())).toList();
        List<WerkstructuurApi.Funding> funding = in.funding().stream().map(f -> {
            Map<String, Long> eur = new LinkedHashMap<>();
            f.eurMln().forEach((year, mln) -> eur.put(String.valueOf(year), mln * 1_000_000L));
            return new WerkstructuurApi.Funding(f.part(), f.recipient(), f.distributionKey(), eur, f.source(), f.sourceDate(), f.note());
        }).toList();
        return new WerkstructuurApi.Werkstructuur(today.toString(), deadlines, funding, method(regional, local), out,
                new WerkstructuurApi.National(out.size(), onTime, late.size(), pending, unknown, late, nonCongruentGgd));
    }

    private static WerkstructuurApi.Region region(WerkstructuurRows.Region r, Map<String, WerkstructuurRows.Partner> partners,
                                                  List<WerkstructuurRows.Role> imported,
                                                  Map<String, WerkstructuurRows.Document> documents,
                                                  WerkstructuurRows.Deadline werkagenda, Keys keys,
                                                  WerkstructuurRows.Funding regional, WerkstructuurRows.Funding local,
                                                  LocalDate today) {
        String mandaatCode = r.mandaatMunicipality() == null ? null : r.mandaatMunicipality().code();
        List<WerkstructuurApi.WerkstructuurMember> members = r.members().stream().map(m -> new WerkstructuurApi.WerkstructuurMember(m.code(), m.name(),
                m.population(), m.code().equals(mandaatCode))).toList();
        long population = r.members().stream().mapToLong(WerkstructuurRows.Member::population).sum();
        WerkstructuurApi.Mandaat mandaat = new WerkstructuurApi.Mandaat(r.mandaatgemeente(), r.mandaatMunicipality(),
                r.mandaatMunicipality() == null, r.spukSource(), r.referenceDate());

        Map<String, List<WerkstructuurRows.Member>> shared = new LinkedHashMap<>();
        for (WerkstructuurRows.Member m : r.members()) {
            for (String code : m.regions()) {
                shared.computeIfAbsent(code, k -> new ArrayList<>()).add(m);
            }
        }
        Set<String> memberCodes = new HashSet<>();
        r.members().forEach(m -> memberCodes.add(m.code()));
        Map<String, List<WerkstructuurApi.Partner>> byKind = new HashMap<>();
        for (Map.Entry<String, List<WerkstructuurRows.Member>> e : shared.entrySet()) {
            WerkstructuurRows.Partner p = partners.get(e.getKey());
            if (p == null) {
                continue;
            }
            List<Api.Ref> refs = e.getValue().stream().map(m -> new Api.Ref(m.code(), m.name())).toList();
            long sharedPopulation = e.getValue().stream().mapToLong(WerkstructuurRows.Member::population).sum();
            boolean covers = e.getValue().size() == r.members().size();
            boolean within = memberCodes.containsAll(p.members());
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new WerkstructuurApi.Partner(p.kind(), p.code(),
                    p.name(), p.members().size(), refs, sharedPopulation, covers && within, covers, within,
                    concession(p.holder(), today)));
        }
        // Non-congruent first (the regioplan must say how they work together), then the largest share.
        Comparator<WerkstructuurApi.Partner> order = Comparator.comparing(WerkstructuurApi.Partner::congruent)
                .thenComparing(Comparator.comparingInt((WerkstructuurApi.Partner p) -> p.shared().size()).reversed())
                .thenComparing(WerkstructuurApi.Partner::name);
        byKind.values().forEach(list -> list.sort(order));

        List<WerkstructuurApi.Role> roles = new ArrayList<>();
        roles.add(new WerkstructuurApi.Role("mandaathouder", null, mandaat.publicBody() ? r.mandaatgemeente()
                : "Gemeente " + r.mandaatgemeente(), null, UNKNOWN, r.spukSource(), "reference", true, false));
        for (WerkstructuurApi.Partner zk : byKind.getOrDefault("ZK", List.of())) {
            WerkstructuurApi.Concession c = zk.concessionHolder();
            roles.add(c == null
                    ? new WerkstructuurApi.Role("zorgkantoor", zk.name(), null, null, UNKNOWN, null, "reference", false, false)
                    : new WerkstructuurApi.Role("zorgkantoor", zk.name(), c.name(), null, c.designation(), c.source(),
                            "reference", true, c.old()));
        }
        for (WerkstructuurRows.Role role : imported) {
            roles.add(new WerkstructuurApi.Role(role.role(), role.topic(), role.organisation(), role.person(),
                    role.since() == null ? UNKNOWN : role.since(), role.source(), "import", true, false));
        }
        for (String open : OPEN_ROLES) {
            if (imported.stream().noneMatch(x -> x.role().equals(open))) {
                roles.add(new WerkstructuurApi.Role(open, null, null, null, UNKNOWN, null, null, false, false));
            }
        }

        List<WerkstructuurApi.DocumentStatus> docs = new ArrayList<>();
        for (String d : DOCUMENTS) {
            WerkstructuurRows.Document doc = documents.get(d);
            docs.add(doc == null ? new WerkstructuurApi.DocumentStatus(d, UNKNOWN, null, null, false)
                    : new WerkstructuurApi.DocumentStatus(d, doc.status(), doc.date(), doc.url(), true));
        }
        WerkstructuurApi.AzwaDeadline deadline = deadline(documents.get(WERKAGENDA), werkagenda, today);

        WerkstructuurApi.Spuk spuk = new WerkstructuurApi.Spuk("real", r.spukIza2025(), r.spukIza2026(), r.spukSource());
        List<WerkstructuurApi.EstimateYear> years = new ArrayList<>();
        if (regional != null && local != null) {
            double regionalShare = keys.spukTotal == 0 ? 0 : (double) value(r.spukIza2026()) / keys.spukTotal;
            long membersBrede = r.members().stream().mapToLong(m -> value(m.bredeSpuk2026())).sum();
            double localShare = keys.bredeTotal == 0 ? 0 : (double) membersBrede / keys.bredeTotal;
            for (Map.Entry<Integer, Long> e : regional.eurMln().entrySet()) {
                long reg = Math.round(e.getValue() * 1_000_000L * regionalShare);
                long loc = Math.round(local.eurMln().getOrDefault(e.getKey(), 0L) * 1_000_000L * localShare);
                years.add(new WerkstructuurApi.EstimateYear(e.getKey(), reg, loc, reg + loc));
            }
        }
        WerkstructuurApi.Estimate estimate = new WerkstructuurApi.Estimate("raming", years, method(regional, local),
                regional == null ? null : regional.source() + " (" + regional.sourceDate() + ")");
        return new WerkstructuurApi.Region(r.code(), r.name(), population, members, mandaat, roles,
                byKind.getOrDefault("GGD", List.of()), byKind.getOrDefault("ZK", List.of()),
                byKind.getOrDefault("ROAZ", List.of()), docs, deadline, new WerkstructuurApi.Money(spuk, estimate));
    }

    /** On time, late by N days (adopted after the deadline, or not adopted and the deadline passed), pending or unknown. */
    static WerkstructuurApi.AzwaDeadline deadline(WerkstructuurRows.Document doc, WerkstructuurRows.Deadline rule, LocalDate today) {
        LocalDate due = LocalDate.parse(rule.date());
        if (doc == null) {
            Integer left = today.isAfter(due) ? null : (int) ChronoUnit.DAYS.between(today, due);
            return new WerkstructuurApi.AzwaDeadline(WERKAGENDA, rule.date(), "unknown", null, left, null, rule.source());
        }
        if ("vastgesteld".equals(doc.status()) && doc.date() != null) {
            LocalDate adopted = LocalDate.parse(doc.date());
            return adopted.isAfter(due)
                    ? new WerkstructuurApi.AzwaDeadline(WERKAGENDA, rule.date(), "late", (int) ChronoUnit.DAYS.between(due, adopted),
                            null, doc.date(), rule.source())
                    : new WerkstructuurApi.AzwaDeadline(WERKAGENDA, rule.date(), "on-time", null, null, doc.date(), rule.source());
        }
        return today.isAfter(due)
                ? new WerkstructuurApi.AzwaDeadline(WERKAGENDA, rule.date(), "late", (int) ChronoUnit.DAYS.between(due, today),
                        null, null, rule.source())
                : new WerkstructuurApi.AzwaDeadline(WERKAGENDA, rule.date(), "pending", null,
                        (int) ChronoUnit.DAYS.between(today, due), null, rule.source());
    }

    static WerkstructuurApi.Concession concession(WerkstructuurRows.Holder h, LocalDate today) {
        if (h == null || h.referenceYear() == null) {
            return null;
        }
        long year = h.referenceYear();
        return new WerkstructuurApi.Concession(h.name(), year, "aanwijzing " + year,
                today.getYear() - year >= OLD_AFTER_YEARS, h.source());
    }

    static String method(WerkstructuurRows.Funding regional, WerkstructuurRows.Funding local) {
        return "raming, not an allocation: regional part = the national regional part of the year (" + mln(regional)
                + ", paid to the mandaatgemeente) × the region's share of the SPUK IZA " + KEY_YEAR + " (SPUK IZA key); local "
                + "part = the national local part (" + mln(local) + ", paid to every municipality by the Brede SPUK key) × "
                + "the members' share of the Brede SPUK " + KEY_YEAR + "; both rounded to the euro. The " + KEY_YEAR
                + " amounts are the latest published; VWS may set other keys or amounts.";
    }

    private static String mln(WerkstructuurRows.Funding f) {
        if (f == null) {
            return "unknown";
        }
        List<String> parts = new ArrayList<>();
        f.eurMln().forEach((y, v) -> parts.add(y + ": € " + v + " mln"));
        return String.join(", ", parts);
    }

    private static WerkstructuurRows.Funding funding(List<WerkstructuurRows.Funding> rows, String part) {
        return rows.stream().filter(f -> f.part().equals(part)).findFirst().orElse(null);
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }

    /** National totals of the key year: the denominators of both keys. */
    private record Keys(long spukTotal, long bredeTotal) {
        static Keys of(List<WerkstructuurRows.Region> regions) {
            long spuk = 0;
            long brede = 0;
            for (WerkstructuurRows.Region r : regions) {
                spuk += value(r.spukIza2026());
                for (WerkstructuurRows.Member m : r.members()) {
                    brede += value(m.bredeSpuk2026());
                }
            }
            return new Keys(spuk, brede);
        }
    }
}
