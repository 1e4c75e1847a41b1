package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.model.SupportApi;

/**
 * The AZWA norm for laagdrempelige steunpunten (at least one per gemeente) with its sources
 * ({@code data/nl/lsp_norm.csv}), and which support-point kinds count as one ({@code data/nl/lsp_kinds.csv}).
 * Every kind of {@link SupportPointKinds} must be judged exactly once, so a new kind stops the startup instead of
 * silently counting (or not) towards the norm.
 */
public final class LspNorm {

    public static final String KINDS_FILE = "lsp_kinds.csv";
    public static final String NORM_FILE = "lsp_norm.csv";
    private static final LspNorm INSTANCE = new LspNorm(CsvFiles.read(KINDS_FILE), CsvFiles.read(NORM_FILE),
            SupportPointKinds.get().kinds());

    private final List<SupportApi.LspKind> judgements = new ArrayList<>();
    private final List<String> lspKinds = new ArrayList<>();
    private final List<String> otherKinds = new ArrayList<>();
    private final SupportApi.Norm norm;

    LspNorm(List<Map<String, String>> kindRows, List<Map<String, String>> normRows, Set<String> kinds) {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (Map<String, String> r : kindRows) {
            String kind = r.get("kind");
            if (!kinds.contains(kind)) {
                throw new IllegalStateException(KINDS_FILE + ": unknown support-point kind '" + kind + "'");
            }
            if (byKind.put(kind, r) != null) {
                throw new IllegalStateException(KINDS_FILE + ": kind '" + kind + "' is judged twice");
            }
            if (!Set.of("true", "false").contains(r.get("counts_as_lsp")) || r.get("reason").isBlank()
                    || r.get("reason_nl") == null || r.get("reason_nl").isBlank()) {
                throw new IllegalStateException(KINDS_FILE + ": kind '" + kind + "' needs counts_as_lsp true|false and a reason (English and Dutch)");
            }
        }
        for (String kind : kinds) { // in the order of support_point_kinds.csv
            Map<String, String> r = byKind.get(kind);
            if (r == null) {
                throw new IllegalStateException(KINDS_FILE + ": support-point kind '" + kind + "' is not judged");
            }
            boolean counts = Boolean.parseBoolean(r.get("counts_as_lsp"));
            judgements.add(new SupportApi.LspKind(kind, counts, r.get("reason"), r.get("reason_nl")));
            (counts ? lspKinds : otherKinds).add(kind);
        }
        Map<String, SupportApi.NormFact> facts = new HashMap<>();
        for (Map<String, String> r : normRows) {
            facts.put(r.get("fact"), new SupportApi.NormFact(r.get("value"), r.get("source"), blankToNull(r.get("source_url")),
                    r.get("source_date"), r.get("note")));
        }
        norm = new SupportApi.Norm(fact(facts, "minimum_per_municipality"), fact(facts, "regional_network"),
                fact(facts, "werkagenda_deadline"), fact(facts, "national_estimate"), List.copyOf(judgements));
        if (!"1".equals(norm.minimumPerMunicipality().value())) {
            throw new IllegalStateException(NORM_FILE + ": the analysis measures at least one point per gemeente, the file says "
                    + norm.minimumPerMunicipality().value());
        }
    }

    public static LspNorm get() {
        return INSTANCE;
    }

    /** The kinds that count as a laagdrempelig steunpunt, in the order of the kinds file. */
    public List<String> lspKinds() {
        return List.copyOf(lspKinds);
    }

    /** The kinds that do not count, each with its reason in {@link #norm()}. */
    public List<String> otherKinds() {
        return List.copyOf(otherKinds);
    }

    public SupportApi.Norm norm() {
        return norm;
    }

    private static SupportApi.NormFact fact(Map<String, SupportApi.NormFact> facts, String name) {
        SupportApi.NormFact f = facts.get(name);
        if (f == null) {
            throw new IllegalStateException(NORM_FILE + ": missing fact '" + name + "'");
        }
        return f;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
