package nl.regiograaf.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.OwnDivisionApi;
import nl.regiograaf.model.SupportApi;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Keeps an own division (issue 15, part 2): a whole division as {@code municipality;region[;regionName]} (the table
 * {@link DivisionUpload} validates for the scenario check) stored under its own kind, so every endpoint that takes a
 * national kind takes it too. The same for HTTP and command line. All-or-nothing: every bad line or parameter is
 * reported and nothing is written; a valid file is written in one transaction that also removes the earlier version of
 * the same kind (an own division is always replaced whole) and bumps the national version, since the analyses read
 * own divisions like the national ones.
 */
public final class OwnDivisionImport {

    /** The kind of an own division: upper case letters, digits, '_' and '-', 2 to 20 characters. */
    public static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_-]{1,19}");
    /** Node kinds of the network graph and the scenario check's kind: no division may be called so. */
    static final Set<String> RESERVED = Set.of("MUNICIPALITY", "HOSPITAL", "INSURER", "SCENARIO", "REGION");
    public static final String DATASET_KIND = "division";
    public static final String DATASET_PREFIX = "user-division-";
    public static final String NATIONAL_SCOPE = "national";
    private static final Pattern PROVINCE = Pattern.compile("PV\\d{2}");
    static final int MAX_NAME = 200;

    private final GraphClient graph;
    private final DataVersion dataVersion;

    /** {@code dataVersion} may be null (command line): the new version is then only written. */
    public OwnDivisionImport(GraphClient graph, DataVersion dataVersion) {
        this.graph = graph;
        this.dataVersion = dataVersion;
    }

    /** The dataset an own division of {@code kind} is kept in. */
    public static String datasetId(String kind) {
        return DATASET_PREFIX + kind.toLowerCase(Locale.ROOT);
    }

    private record Scope(String name, List<String> municipalities) {
    }

    public OwnDivisionApi.ImportResult importDivision(byte[] body, TableReader.Format format, String kindParameter,
                                                      String nameParameter, String scopeParameter, String modeParameter,
                                                      Consumer<String> progress) {
        long start = System.nanoTime();
        String kind = kind(kindParameter);
        String name = nameParameter == null || nameParameter.isBlank() ? kind : nameParameter.strip();
        if (name.length() > MAX_NAME) {
            throw new UserImport.BadParameter("name", "The division name is longer than " + MAX_NAME + " characters.");
        }
        if (DatasetWriter.Mode.parse(modeParameter) != DatasetWriter.Mode.REPLACE) {
            throw new UserImport.BadParameter("mode", "An own division is always replaced whole: mode must be replace "
                    + "(the default), got '" + clip(modeParameter) + "'.");
        }
        MunicipalityIndex municipalities = MunicipalityIndex.load(graph);
        Scope scope = scope(scopeParameter, municipalities);
        TableReader.Table table = TableReader.read(body, format);
        progress.accept("read " + table.rows().size() + " rows (" + table.format() + ", " + table.encoding() + ")");
        DivisionUpload.Division upload = DivisionUpload.validate(table, municipalities, Map.of());
        List<Map<String, Object>> regions = regions(upload);
        String dataset = datasetId(kind);
        String today = LocalDate.now().toString();
        progress.accept("all " + upload.memberships().size() + " rows valid; writing in one transaction");

        long[] versions = writeOnce(() -> DatasetLocks.withLock(dataset, () -> DatasetWriter.retryingLockConflicts(dataset, () -> graph.write(tx -> {
            String held = tx.run(Cypher.query("import/dataset_lock"), Map.of("id", dataset, "kind", DATASET_KIND,
                    "importId", 0L)).single().get("kind").asString(null);
            if (held != null && !held.equals(DATASET_KIND)) {
                throw new UserImport.BadParameter("kind", "Dataset '" + dataset + "' holds " + held + ", not an own division.");
            }
            long removed = tx.run(Cypher.query("import/own_division_delete"), Map.of("dataset", dataset))
                    .single().get("deleted").asLong();
            requireFreeCodes(tx, regions, upload);
            Map<String, Object> p = new HashMap<>();
            p.put("kind", kind);
            p.put("name", name);
            p.put("dataset", dataset);
            p.put("referenceDate", today);
            p.put("scope", scope.name());
            p.put("scopeMunicipalities", scope.municipalities());
            p.put("regions", regions);
            tx.run(Cypher.query("import/own_division"), p).consume();
            Map<String, Object> d = new HashMap<>();
            d.put("id", dataset);
            d.put("kind", DATASET_KIND);
            d.put("demo", false);
            d.put("origin", "user");
            d.put("source", "user-import");
            d.put("scope", "own division " + kind + " (" + name + "), scope " + describe(scope));
            d.put("contentHash", null);
            long datasetVersion = tx.run(Cypher.query("import/dataset_upsert"), d).single().get("version").asLong();
            tx.run(Cypher.query("import/own_division_dataset"), Map.of("id", dataset, "kind", kind,
                    "rows", table.rows().size())).consume();
            return new long[] {datasetVersion, DataVersion.bumpNational(tx), removed};
        }))));
        if (dataVersion != null) {
            dataVersion.observeNational(versions[1]);
        }
        Set<String> assigned = new TreeSet<>();
        upload.memberships().forEach(l -> assigned.add(l.municipality()));
        return new OwnDivisionApi.ImportResult(new SupportApi.DatasetRef(dataset, false, scope.name()), kind, name,
                scope.name(), scope.municipalities() == null ? municipalities.size() : scope.municipalities().size(),
                regions.size(), upload.memberships().size(), assigned.size(), table.rows().size(), versions[2] > 0,
                versions[0], versions[1], (System.nanoTime() - start) / 1_000_000, table.format(), table.encoding(),
                table.delimiter());
    }

    /**
     * Two imports of different kinds naming the same new region code at the same moment both find the code free; the
     * second then fails on the region code's uniqueness constraint, rolled back. Run once more, it finds the code taken
     * and names the line (a 400, not a 500).
     */
    private static <T> T writeOnce(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            if (e.code() == null || !e.code().contains("ConstraintValidationFailed")) {
                throw e;
            }
            return write.get();
        }
    }

    /** Removes an own division by its dataset; answers whether it existed. */
    public boolean delete(String dataset) {
        long version = DatasetLocks.withLock(dataset, () -> DatasetWriter.retryingLockConflicts(dataset, () -> graph.write(tx -> {
            if (tx.run(Cypher.query("import/dataset_lock_existing"), Map.of("id", dataset, "importId", 0L)).list().isEmpty()) {
                return -1L;
            }
            tx.run(Cypher.query("import/own_division_delete"), Map.of("dataset", dataset)).consume();
            tx.run(Cypher.query("import/dataset_delete"), Map.of("id", dataset)).consume();
            return DataVersion.bumpNational(tx);
        })));
        if (version > 0 && dataVersion != null) {
            dataVersion.observeNational(version);
        }
        return version > 0;
    }

    static String kind(String given) {
        if (given == null || given.isBlank()) {
            throw new UserImport.BadParameter("kind", "Parameter 'kind' is required: the own division's kind, e.g. JEUGD "
                    + "(upper case letters, digits, '_' and '-'; 2 to 20 characters, starting with a letter).");
        }
        String kind = given.strip();
        if (!KIND.matcher(kind).matches()) {
            throw new UserImport.BadParameter("kind", "Parameter 'kind' must match [A-Z][A-Z0-9_-]{1,19} (e.g. JEUGD), got '"
                    + clip(given) + "'.");
        }
        if (DivisionKind.parse(kind).isPresent()) {
            throw new UserImport.BadParameter("kind", "'" + kind + "' is a national division; an own division needs a kind "
                    + "of its own (e.g. JEUGD).");
        }
        if (RESERVED.contains(kind)) {
            throw new UserImport.BadParameter("kind", "'" + kind + "' is reserved; choose another kind.");
        }
        return kind;
    }

    /** national (default), a province code (its municipalities), or municipality codes or names separated by commas. */
    private Scope scope(String given, MunicipalityIndex municipalities) {
        if (given == null || given.isBlank() || given.strip().equalsIgnoreCase(NATIONAL_SCOPE)) {
            return new Scope(NATIONAL_SCOPE, null);
        }
        String s = given.strip().toUpperCase(Locale.ROOT);
        if (PROVINCE.matcher(s).matches()) {
            List<Record> rows = graph.queryAll("queries/province_members", Map.of("code", s));
            if (rows.isEmpty()) {
                throw new UserImport.BadParameter("scope", "No province with code '" + s + "' (PV20 … PV31).");
            }
            return new Scope(s, List.copyOf(rows.get(0).get("members").asList(v -> v.asString())));
        }
        TreeSet<String> codes = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String part : given.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            MunicipalityIndex.Resolution r = municipalities.resolve(part.strip());
            if (r.code() == null) {
                problems.add("'" + clip(part.strip()) + "': " + r.problem());
            } else {
                codes.add(r.code());
            }
        }
        if (!problems.isEmpty() || codes.isEmpty()) {
            throw new UserImport.BadParameter("scope", "Parameter 'scope' must be national, a province code (PV27) or "
                    + "municipalities separated by commas" + (problems.isEmpty() ? "." : "; unknown: "
                    + String.join("; ", problems.subList(0, Math.min(10, problems.size()))) + "."));
        }
        return new Scope(String.join(",", codes), List.copyOf(codes));
    }

    private static String describe(Scope scope) {
        return scope.municipalities() == null ? NATIONAL_SCOPE
                : scope.name().startsWith("PV") ? scope.name() : scope.municipalities().size() + " municipalities";
    }

    /**
     * The regions as written: codes in upper case (the API looks regions up by upper-case code), members in code order.
     * Two codes that differ only in case are one region: an error on the later line.
     */
    private static List<Map<String, Object>> regions(DivisionUpload.Division upload) {
        Map<String, String> givenByCode = new HashMap<>();
        Map<String, TreeSet<String>> members = new TreeMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (DivisionUpload.Line line : upload.memberships()) {
            String code = line.region().toUpperCase(Locale.ROOT);
            String earlier = givenByCode.putIfAbsent(code, line.region());
            if (earlier != null && !earlier.equals(line.region())) {
                errors.add(ImportError.of(line.line(), "region", line.region(), "the same region code as '" + earlier
                        + "' apart from upper and lower case; region codes are stored in upper case"));
                continue;
            }
            if (!members.computeIfAbsent(code, k -> new TreeSet<>()).add(line.municipality())) {
                errors.add(ImportError.of(line.line(), "municipality", line.municipality(),
                        "already in region " + code + " on an earlier line"));
            }
        }
        ImportRejectedException.throwIfAny(errors);
        List<Map<String, Object>> regions = new ArrayList<>();
        upload.regionNames().forEach((given, regionName) -> {
            String code = given.toUpperCase(Locale.ROOT);
            if (members.containsKey(code) && regions.stream().noneMatch(r -> r.get("code").equals(code))) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("code", code);
                r.put("name", regionName);
                r.put("nameKey", Names.normalize(regionName));
                r.put("members", List.copyOf(members.get(code)));
                regions.add(r);
            }
        });
        return regions;
    }

    /** A region code the graph uses for another division or a municipality: an error on the first line naming it. */
    private static void requireFreeCodes(TransactionContext tx, List<Map<String, Object>> regions, DivisionUpload.Division upload) {
        List<String> codes = regions.stream().map(r -> (String) r.get("code")).toList();
        List<ImportError> errors = new ArrayList<>();
        for (Record r : tx.run(Cypher.query("import/own_division_codes_taken"), Map.of("codes", codes)).list()) {
            String code = r.get("code").asString();
            String usedBy = r.get("usedBy").asString();
            DivisionUpload.Line first = upload.memberships().stream()
                    .filter(l -> l.region().toUpperCase(Locale.ROOT).equals(code)).findFirst().orElseThrow();
            errors.add(ImportError.of(first.line(), "region", first.region(), "region code " + code + " is already used by "
                    + ("MUNICIPALITY".equals(usedBy) ? "a municipality" : "division " + usedBy)
                    + "; an own division needs region codes of its own"));
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::line));
        ImportRejectedException.throwIfAny(errors);
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 80 ? v.substring(0, 80) + "…" : v;
    }
}
