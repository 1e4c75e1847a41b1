package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiograaf.importer.DivisionUpload;
import nl.regiograaf.importer.MunicipalityIndex;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.model.ScenarioApi;
import nl.regiograaf.repo.NationalRows;

/**
 * Checks proposed divisions in memory: nothing is stored and nothing is read per request but the rows, overlaps and
 * adjacency already cached per national version (so a check costs the computation alone). Validates the input first;
 * every bad move or line is reported at once.
 */
public final class ScenarioService {

    public static final int MAX_MOVES = 10_000;
    public static final int MAX_NAME = 200;

    private final AnalysisService analyses;
    private final NationalRows rows;
    private final Supplier<MunicipalityIndex> municipalityIndex;

    /** {@code municipalityIndex}: resolves municipality codes and names (the caller keeps it per national version). */
    public ScenarioService(AnalysisService analyses, NationalRows rows, Supplier<MunicipalityIndex> municipalityIndex) {
        this.analyses = analyses;
        this.rows = rows;
        this.municipalityIndex = municipalityIndex;
    }

    /** A move as given: {@code position} is its 1-based place in the list; {@code to} null or blank: out of every region. */
    public record GivenMove(int position, String municipality, String to, String toName) {
    }

    /** The input cannot be checked: the parameter (or field) and, for moves, every bad move. */
    public static final class Rejected extends RuntimeException {
        private final String parameter;
        private final transient List<Map<String, Object>> errors;

        Rejected(String parameter, String message, List<Map<String, Object>> errors) {
            super(message);
            this.parameter = parameter;
            this.errors = List.copyOf(errors);
        }

        public String parameter() {
            return parameter;
        }

        public List<Map<String, Object>> errors() {
            return errors;
        }
    }

    /** {@code base} with {@code moves} applied. */
    public ScenarioApi.Check checkMoves(String name, String base, List<GivenMove> moves) {
        checkName(name);
        Validated validated = validated(base, moves);
        DenseRows.Municipalities municipalities = analyses.denseMunicipalities();
        DenseRows.Division baseDense = analyses.denseDivision(validated.base().code());
        DenseRows.Division scenario = baseDense == null || !baseDense.indexedOver(municipalities) ? null
                : baseDense.withMoves(validated.baseRows(), validated.moves(), municipalities);
        ScenarioApi.Check dense = scenario == null ? null
                : denseCheck(name, "moves", moves.size(), validated.base(), validated.baseRows(), baseDense, scenario,
                        municipalities);
        return dense != null ? dense : check(name, "moves", moves.size(), validated.base(), validated.baseRows(),
                Scenarios.applyMoves(validated.baseRows(), validated.moves()));
    }

    /** The base and the valid moves on it. */
    private record Validated(DivisionKey base, GraphRows.Division baseRows, List<Scenarios.Move> moves) {
    }

    /** A base division and the scenario its moves make of it (also for a diff of the scenario against its base). */
    public record Applied(DivisionKey base, GraphRows.Division baseRows, GraphRows.Division scenario) {
    }

    /** {@code moves} checked against {@code base} and applied; bad moves are a {@link Rejected} naming each. */
    public Applied applyMoves(String base, List<GivenMove> moves) {
        Validated validated = validated(base, moves);
        return new Applied(validated.base(), validated.baseRows(),
                Scenarios.applyMoves(validated.baseRows(), validated.moves()));
    }

    private Validated validated(String base, List<GivenMove> moves) {
        DivisionKey kind = baseKind(base, true);
        if (moves.size() > MAX_MOVES) {
            throw new Rejected("moves", moves.size() + " moves; at most " + MAX_MOVES + " are checked at once (upload the "
                    + "whole division as CSV instead).", List.of());
        }
        prefetch(kind);
        GraphRows.Division baseRows = rows.division(kind);
        return new Validated(kind, baseRows, validate(moves, baseRows));
    }

    /** A whole division from CSV; {@code base} (may be absent) gives the before-figures and the changes. */
    public ScenarioApi.Check checkDivision(String name, String base, byte[] csv) {
        checkName(name);
        DivisionKey kind = baseKind(base, false);
        prefetch(kind);
        GraphRows.Division baseRows = kind == null ? null : rows.division(kind);
        Map<String, String> knownNames = new HashMap<>();
        if (baseRows != null) {
            baseRows.regions().forEach(r -> knownNames.put(r.code(), r.name()));
        }
        DivisionUpload.Division upload = DivisionUpload.validate(TableReader.csv(csv), municipalityIndex.get(), knownNames);
        // Without a base the kind only labels intermediate answers (see Scenarios.check), never the answer.
        String label = kind == null ? DivisionKind.values()[0].name() : kind.code();
        List<GraphRows.Region> regions = new ArrayList<>();
        upload.regionNames().forEach((code, regionName) -> regions.add(new GraphRows.Region(label, code, regionName)));
        List<GraphRows.Membership> memberships = upload.memberships().stream()
                .map(l -> new GraphRows.Membership(l.municipality(), l.region(), Scenarios.SCENARIO_SOURCE, null)).toList();
        GraphRows.Division scenario = new GraphRows.Division(label, baseRows == null ? null : baseRows.referenceDate(),
                regions, memberships, false);
        DenseRows.Municipalities municipalities = analyses.denseMunicipalities();
        DenseRows.Division baseDense = kind == null ? null : analyses.denseDivision(kind.code());
        DenseRows.Division scenarioDense = kind != null && (baseDense == null || !baseDense.indexedOver(municipalities))
                ? null : DenseRows.Division.of(scenario, municipalities);
        ScenarioApi.Check dense = scenarioDense == null ? null
                : denseCheck(name, "csv", 0, kind, baseRows, baseDense, scenarioDense, municipalities);
        return dense != null ? dense : check(name, "csv", 0, kind, baseRows, scenario);
    }

    /** The check from the dense rows (the same answer); null when a division it needs is not held densely. */
    private ScenarioApi.Check denseCheck(String name, String input, int moves, DivisionKey baseKey,
                                         GraphRows.Division base, DenseRows.Division baseDense,
                                         DenseRows.Division scenario, DenseRows.Municipalities municipalities) {
        Map<DivisionKey, DenseRows.Division> against = new LinkedHashMap<>();
        for (DivisionKey key : against(baseKey).keySet()) {
            DenseRows.Division dense = analyses.denseDivision(key.code());
            if (dense == null || !dense.indexedOver(municipalities)) {
                return null;
            }
            against.put(key, dense);
        }
        AnalysisService.Adjacency adjacency = analyses.adjacency();
        DenseRows.Adjacency denseAdjacency = analyses.denseAdjacency();
        if (!denseAdjacency.indexedOver(municipalities)) {
            return null;
        }
        return Scenarios.check(name == null ? null : name.strip(), input, moves, baseKey, base, baseDense, scenario,
                against, municipalities, denseAdjacency, adjacency.truncated());
    }

    private ScenarioApi.Check check(String name, String input, int moves, DivisionKey baseKey, GraphRows.Division base,
                                    GraphRows.Division scenario) {
        AnalysisService.Adjacency adjacency = analyses.adjacency();
        return Scenarios.check(name == null ? null : name.strip(), input, moves, baseKey, base, scenario,
                against(baseKey), rows.municipalities(), adjacency.contiguity(), adjacency.truncated(), analyses::overlap);
    }

    /**
     * The rows a check reads and the municipality index, those not read at this national version side by side (the
     * first check after a write).
     */
    private void prefetch(DivisionKey base) {
        rows.prefetch(true, againstKeys(base).stream().map(DivisionKey::code).toList(), true,
                List.of(municipalityIndex::get));
    }

    /** Every national division, and an own base after them (a scenario is measured against its base too). */
    private static List<DivisionKey> againstKeys(DivisionKey base) {
        List<DivisionKey> keys = new ArrayList<>(DivisionCatalog.national());
        if (base != null && !base.national()) {
            keys.add(base);
        }
        return keys;
    }

    private Map<DivisionKey, GraphRows.Division> against(DivisionKey base) {
        List<DivisionKey> keys = againstKeys(base);
        Map<String, GraphRows.Division> read = rows.divisionsByCode(keys.stream().map(DivisionKey::code).toList());
        Map<DivisionKey, GraphRows.Division> against = new LinkedHashMap<>();
        keys.forEach(k -> {
            if (read.get(k.code()) != null) {
                against.put(k, read.get(k.code()));
            }
        });
        return against;
    }

    private List<Scenarios.Move> validate(List<GivenMove> moves, GraphRows.Division base) {
        MunicipalityIndex index = municipalityIndex.get();
        Map<String, String> baseCodes = new HashMap<>();
        base.regions().forEach(r -> baseCodes.put(r.code().toUpperCase(Locale.ROOT), r.code()));
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Integer> movedAt = new HashMap<>();
        List<Scenarios.Move> valid = new ArrayList<>();
        for (GivenMove move : moves) {
            int before = errors.size();
            MunicipalityIndex.Resolution municipality = index.resolve(move.municipality());
            if (municipality.code() == null) {
                errors.add(error(move.position(), "municipality", move.municipality(), municipality.problem()));
            } else {
                Integer first = movedAt.putIfAbsent(municipality.code(), move.position());
                if (first != null) {
                    errors.add(error(move.position(), "municipality", move.municipality(),
                            "municipality moved twice (also in move " + first + ")"));
                }
            }
            String to = move.to() == null || move.to().isBlank() ? null : move.to().strip();
            if (to != null && !DivisionUpload.REGION_CODE.matcher(to).matches()) {
                errors.add(error(move.position(), "to", to, "not a region code (letters, digits, '.', '_', '-'; at most 40 "
                        + "characters)"));
            }
            String toName = move.toName() == null || move.toName().isBlank() ? null : move.toName().strip();
            if (toName != null && toName.length() > DivisionUpload.MAX_NAME) {
                errors.add(error(move.position(), "toName", toName, "longer than " + DivisionUpload.MAX_NAME + " characters"));
            }
            if (errors.size() == before) {
                String region = to == null ? null : baseCodes.getOrDefault(to.toUpperCase(Locale.ROOT), to);
                valid.add(new Scenarios.Move(municipality.code(), region, toName));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected("moves", errors.size() + " problem(s) in the moves; nothing was checked.", errors);
        }
        return valid;
    }

    private static Map<String, Object> error(int move, String field, String value, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("move", move);
        e.put("field", field);
        if (value != null) {
            String v = value.replaceAll("\\p{Cntrl}", "?");
            e.put("value", v.length() > 100 ? v.substring(0, 100) + "…" : v);
        }
        e.put("reason", reason);
        return e;
    }

    private DivisionKey baseKind(String base, boolean required) {
        if (base == null || base.isBlank()) {
            if (required) {
                throw new Rejected("base", "Parameter 'base' is required: the division the moves apply to, one of "
                        + kinds() + ".", List.of());
            }
            return null;
        }
        return analyses.division(base).orElseThrow(() -> new Rejected("base", "Unknown base division '"
                + (base.length() > 80 ? base.substring(0, 80) + "…" : base).replaceAll("\\p{Cntrl}", "?")
                + "'; expected one of " + kinds() + ".", List.of()));
    }

    private static void checkName(String name) {
        if (name != null && name.length() > MAX_NAME) {
            throw new Rejected("name", "The scenario name is longer than " + MAX_NAME + " characters.", List.of());
        }
    }

    private String kinds() {
        return String.join(", ", analyses.divisions().stream().map(DivisionKey::code).toList());
    }
}
