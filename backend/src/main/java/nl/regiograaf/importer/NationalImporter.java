package nl.regiograaf.importer;

import java.util.List;
import java.util.Map;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the national reference graph as a new version beside the one in force: in batches, each its own transaction,
 * under the version's id ({@code graph} on every node); then one small transaction switches readers to it (see
 * {@link nl.regiograaf.db.GraphVersionTx}) and carries the user data over. Until that switch commits readers see the
 * old version only; an import that stops before it leaves the old version in force, and the next start removes the
 * unfinished one ({@link #removeOtherVersions}). The replaced version is removed once no reader can still be using it.
 */
public final class NationalImporter {

    private static final Logger LOG = LoggerFactory.getLogger(NationalImporter.class);
    public static final String DATASET_ID = "national";

    private NationalImporter() {
    }

    /** Steps reported to {@code progress} by a full import: the check, reading the files, ten statements, the read model. */
    public static final int STEPS = 13;

    /** Imports when the store holds no completed national import of these files; returns whether it imported. */
    public static boolean importIfAbsent(GraphClient client) {
        return importIfAbsent(client, step -> { });
    }

    /** As {@link #importIfAbsent(GraphClient)}, naming each step to {@code progress} as it begins. */
    public static boolean importIfAbsent(GraphClient client, java.util.function.Consumer<String> progress) {
        progress.accept("checking the national data");
        org.neo4j.driver.Record state = client.read(tx -> tx.run(Cypher.query("import/national_present")).single());
        boolean present = state.get("present").asBoolean();
        if (present && state.get("graph").isNull()) {
            long versioned = client.write(tx -> tx.run(Cypher.query("import/graph_legacy")).single().get("versioned").asLong());
            LOG.info("Versioned the national graph of a store from before versioning ({} nodes, version 1)", versioned);
        }
        removeOtherVersions(client);
        progress.accept("reading the national files");
        NationalDataset data = NationalDataLoader.load();
        if (present) {
            String stored = state.get("contentHash").isNull() ? null : state.get("contentHash").asString();
            String hash = contentHash(data);
            if (stored == null || stored.equals(hash)) {
                LOG.info("National reference data already present");
                if (stored == null) {
                    // A store imported before the hash was kept holds this build's files or older ones: it keeps them,
                    // as it did before; the hash makes the next change of the files arrive as a new version.
                    client.write(tx -> tx.run(Cypher.query("import/national_hash"), Map.of("contentHash", hash)).consume());
                }
                if (client.read(tx -> tx.run(Cypher.query("import/read_model_missing")).single().get("missing").asBoolean())) {
                    // A store imported before the read model existed: write it once (derived, so the version stays).
                    client.write(tx -> {
                        writeReadModel(tx);
                        tx.run(Cypher.query("import/borders_packed_stamp")).consume();
                        return null;
                    });
                    LOG.info("Wrote the member lists on regions and the border lists on municipalities");
                }
                return false;
            }
            LOG.info("The national files changed since the import in force: importing them as a new version");
        }
        importInto(client, data, progress);
        return true;
    }

    /** The hash of the national rows: a store whose import has another one gets the files again, as a new version. */
    static String contentHash(NationalDataset data) {
        java.security.MessageDigest digest = Hashing.digest();
        for (List<Map<String, Object>> rows : List.of(data.sources(), data.divisions(), data.municipalities(), data.regions(),
                data.memberships(), data.borders(), data.insurers(), data.traumaCentres(), data.mandaatgemeenten(),
                data.aliases())) {
            for (Map<String, Object> row : rows) {
                digest.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    public static long importInto(GraphClient client, NationalDataset data) {
        return importInto(client, data, step -> { });
    }

    public static long importInto(GraphClient client, NationalDataset data, java.util.function.Consumer<String> progress) {
        return importVersion(client, data, progress, () -> { }, client.readTimeout()).nationalVersion();
    }

    /**
     * What a versioned import did: the national data version its switch committed, the version id, and how long the
     * batches, the read model, the switch transaction and the removal of the replaced version took.
     */
    public record Outcome(long nationalVersion, long graph, long writeMillis, long readModelMillis, long switchMillis,
                          long removalMillis) {
    }

    /**
     * Writes {@code data} as a new version, runs {@code beforeSwitch} (a test stops the import there), switches, and
     * after {@code grace} (the longest a read transaction may run, so none still reads the replaced version) removes
     * the replaced version. Answers what it did.
     */
    public static Outcome importVersion(GraphClient client, NationalDataset data, java.util.function.Consumer<String> progress,
                                        Runnable beforeSwitch, java.time.Duration grace) {
        long start = System.nanoTime();
        long graph = client.write(tx -> tx.run(Cypher.query("import/graph_begin")).single().get("graph").asLong());
        // One after another: a second writer thread measured no faster on two cores (13.3k against 14.2k rows/s
        // at ×300), Neo4j's own write path being the limit (bench/RESULTS.md, 2026-12-03).
        Batches batches = new Batches(client, graph);
        progress.accept("sources");
        batches.run("sources", data.sources());
        progress.accept("divisions");
        batches.run("divisions", data.divisions());
        progress.accept("municipalities");
        batches.run("municipalities", data.municipalities());
        progress.accept("regions");
        batches.run("regions", data.regions());
        progress.accept("memberships");
        batches.runGrouped("memberships", data.memberships(),
                row -> row.get("props"), group -> Map.of("props", group),
                row -> java.util.Arrays.asList(row.get("municipality"), row.get("region")), "pairs");
        progress.accept("borders");
        batches.runGrouped("borders", data.borders(),
                row -> java.util.Arrays.asList(row.get("contact"), row.get("source"), row.get("referenceDate")),
                group -> {
                    Map<String, Object> g = new java.util.HashMap<>();
                    g.put("contact", group.get(0));
                    g.put("source", group.get(1));
                    g.put("referenceDate", group.get(2));
                    return g;
                },
                row -> java.util.Arrays.asList(row.get("a"), row.get("b"), row.get("lengthKm"), row.get("distanceKm")), "rows");
        progress.accept("insurers");
        batches.run("insurers", data.insurers());
        progress.accept("trauma centres");
        batches.run("trauma_centres", data.traumaCentres());
        progress.accept("mandaatgemeenten");
        batches.run("mandaatgemeenten", data.mandaatgemeenten());
        progress.accept("aliases");
        batches.run("aliases", data.aliases());
        progress.accept("read model");
        long written = System.nanoTime();
        client.write(tx -> {
            writeReadModel(nl.regiograaf.db.GraphVersionTx.at(tx, graph));
            return null;
        });
        long readModel = System.nanoTime();
        String hash = contentHash(data);
        beforeSwitch.run();
        long switchStart = System.nanoTime();
        long[] replaced = {-1};
        long version = client.write(tx -> {
            TransactionContext next = nl.regiograaf.db.GraphVersionTx.at(tx, graph);
            List<org.neo4j.driver.Record> switchedFrom = next.run(Cypher.query("import/graph_switch")).list();
            if (switchedFrom.isEmpty()) {
                throw new IllegalStateException("National graph version " + graph + " was superseded by a later import or "
                        + "removed before its switch; the version in force stays");
            }
            org.neo4j.driver.Value previous = switchedFrom.get(0).get("previous");
            if (!previous.isNull()) {
                replaced[0] = previous.asLong();
                carryUserData(next, replaced[0]);
            }
            next.run(Cypher.query("import/dataset"), Map.of("id", DATASET_ID, "rows", data.rowCount(),
                    "contentHash", hash)).consume();
            long v = DataVersion.bumpNational(next);
            next.run(Cypher.query("import/borders_packed_stamp")).consume();
            return v;
        });
        long switched = System.nanoTime();
        LOG.info("Imported national reference data as graph version {}: {} rows in {} ms ({} ms writing, {} ms read model, "
                        + "switch {} ms; data version {})", graph, data.rowCount(), (switched - start) / 1_000_000,
                (written - start) / 1_000_000, (readModel - written) / 1_000_000, (switched - switchStart) / 1_000_000, version);
        long removal = 0;
        if (replaced[0] >= 0) {
            sleep(grace);
            long r0 = System.nanoTime();
            removeOtherVersions(client);
            removal = (System.nanoTime() - r0) / 1_000_000;
        }
        return new Outcome(version, graph, (written - start) / 1_000_000, (readModel - written) / 1_000_000,
                (switched - switchStart) / 1_000_000, removal);
    }

    /** The user data on the version in force ({@code from}), carried over to the new one in the switch transaction. */
    private static void carryUserData(TransactionContext next, long from) {
        Map<String, Object> p = Map.of("from", from);
        for (String file : List.of("graph_copy_own_divisions", "graph_copy_support_points", "graph_copy_takes_part",
                "graph_copy_region_links", "graph_copy_events", "graph_copy_editions")) {
            next.run(Cypher.query("import/" + file), p).consume();
        }
    }

    /**
     * Removes every national graph version but the one in force, in batches: an unfinished one (an import that stopped
     * before its switch) and a replaced one (its user data was carried over by the switch: no write commits on a
     * version after its switch, see {@link nl.regiograaf.db.GraphVersionTx}). Nothing to do in the usual case, at the
     * cost of one query.
     */
    public static void removeOtherVersions(GraphClient client) {
        org.neo4j.driver.Record state = client.read(tx -> {
            org.neo4j.driver.Value inForce = tx.run(Cypher.query("queries/graph_in_force")).single().get("graph");
            return tx.run(Cypher.query("import/graph_others"),
                    Map.of("graph", inForce.isNull() ? -1L : inForce.asLong())).single();
        });
        List<Long> others = state.get("others").asList(org.neo4j.driver.Value::asLong);
        if (others.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        for (long other : others) {
            boolean claimed = client.write(tx -> !tx.run(Cypher.query("import/graph_remove_begin"),
                    Map.of("remove", other)).list().isEmpty());
            if (!claimed) {
                continue;
            }
            long removed = 0;
            long batch;
            do {
                batch = client.write(tx -> tx.run(Cypher.query("import/graph_remove_batch"),
                        Map.of("remove", other, "limit", REMOVE_BATCH)).single().get("removed").asLong());
                removed += batch;
            } while (batch > 0);
            LOG.info("Removed national graph version {} ({} nodes) in {} ms", other, removed, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static final int REMOVE_BATCH = 10_000;

    private static void sleep(java.time.Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends every write to the national graph, in its transaction: the read model the analyses use (member lists on
     * regions, border lists on municipalities) rewritten from the relationships, and the national version bumped, so
     * caches recompute. Answers the new version.
     */
    public static long finishNationalWrite(TransactionContext tx) {
        writeReadModel(tx);
        long version = DataVersion.bumpNational(tx);
        tx.run(Cypher.query("import/borders_packed_stamp")).consume();
        return version;
    }

    /** The member lists on regions and the border lists on municipalities, rewritten from the relationships. */
    private static void writeReadModel(TransactionContext tx) {
        tx.run(Cypher.query("import/region_members")).consume();
        tx.run(Cypher.query("import/municipality_borders")).consume();
        writePackedRegions(tx);
        writePackedBorders(tx);
    }

    /**
     * Every municipality's border list and row, each packed in one string (see {@link nl.regiograaf.repo.PackedBorders},
     * {@link nl.regiograaf.repo.PackedMunicipalities}).
     */
    private static void writePackedBorders(TransactionContext tx) {
        List<org.neo4j.driver.Record> read = tx.run(Cypher.query("import/borders_packed_read")).list();
        List<String> codes = new java.util.ArrayList<>();
        List<List<String>> borders = new java.util.ArrayList<>();
        List<nl.regiograaf.analysis.GraphRows.Municipality> municipalities = new java.util.ArrayList<>();
        if (!read.isEmpty()) {
            for (org.neo4j.driver.Value row : read.get(0).get("rows").values()) {
                codes.add(row.get(0).asString());
                borders.add(strings(row.get(1)));
                municipalities.add(new nl.regiograaf.analysis.GraphRows.Municipality(row.get(0).asString(),
                        row.get(2).isNull() ? null : row.get(2).asString(), row.get(3).asNumber().longValue(),
                        row.get(4).isNull() ? null : row.get(4).asNumber().doubleValue(),
                        row.get(5).isNull() ? null : row.get(5).asNumber().doubleValue()));
            }
        }
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("packed", nl.regiograaf.repo.PackedBorders.pack(codes, borders));
        parameters.put("municipalities", nl.regiograaf.repo.PackedMunicipalities.pack(municipalities));
        tx.run(Cypher.query("import/borders_packed"), parameters).consume();
    }

    /**
     * Each division's regions and members packed in one string (see {@link nl.regiograaf.repo.PackedRegions}), from
     * the member lists just written, so it equals them. Own divisions get theirs here too; an own-division import
     * creates a new division node without one (read from the lists) and its delete removes the node.
     */
    private static void writePackedRegions(TransactionContext tx) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (org.neo4j.driver.Record r : tx.run(Cypher.query("import/division_packed_read")).list()) {
            List<nl.regiograaf.repo.PackedRegions.Region> regions = new java.util.ArrayList<>();
            for (org.neo4j.driver.Value g : r.get("regions").values()) {
                regions.add(new nl.regiograaf.repo.PackedRegions.Region(
                        g.get(0).isNull() ? null : g.get(0).asString(), g.get(1).isNull() ? null : g.get(1).asString(),
                        strings(g.get(2)), strings(g.get(3)), strings(g.get(4))));
            }
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("kind", r.get("kind").asString());
            row.put("packed", nl.regiograaf.repo.PackedRegions.pack(regions));
            rows.add(row);
        }
        tx.run(Cypher.query("import/division_packed"), Map.of("rows", rows)).consume();
    }

    private static List<String> strings(org.neo4j.driver.Value list) {
        return list.isNull() ? null : list.asList(v -> v.isNull() ? null : v.asString());
    }

    /**
     * Writes rows of one version in batches of {@link #BATCH} rows, each its own transaction: a version is not in force
     * until its switch, so no reader sees a batch, and no transaction holds a million rows' state.
     */
    private record Batches(GraphClient client, long graph) {

        /**
         * Rows that share most of their values (a membership's properties, a border's contact and source) go as groups:
         * the shared values once per group, each row as a short list (Bolt encodes a map with its keys for every row).
         * At ×100 this cut the memberships statement from 7.7 to 6.1 s and borders from 3.4 to 1.7 s.
         */
        <K> void runGrouped(String file, List<Map<String, Object>> rows,
                            java.util.function.Function<Map<String, Object>, K> groupKey,
                            java.util.function.Function<K, Map<String, Object>> groupValues,
                            java.util.function.Function<Map<String, Object>, List<Object>> rowValues,
                            String rowsField) {
            String query = Cypher.query("import/" + file);
            long t0 = System.nanoTime();
            Map<K, List<List<Object>>> groups = new java.util.LinkedHashMap<>();
            for (Map<String, Object> row : rows) {
                groups.computeIfAbsent(groupKey.apply(row), k -> new java.util.ArrayList<>()).add(rowValues.apply(row));
            }
            List<Map<String, Object>> batch = new java.util.ArrayList<>();
            int batchRows = 0;
            for (Map.Entry<K, List<List<Object>>> group : groups.entrySet()) {
                List<List<Object>> groupRows = group.getValue();
                for (int from = 0; from < groupRows.size(); from += BATCH) {
                    List<List<Object>> part = groupRows.subList(from, Math.min(groupRows.size(), from + BATCH));
                    Map<String, Object> g = new java.util.HashMap<>(groupValues.apply(group.getKey()));
                    g.put(rowsField, part);
                    batch.add(g);
                    batchRows += part.size();
                    if (batchRows >= BATCH) {
                        write(query, "groups", batch);
                        batch = new java.util.ArrayList<>();
                        batchRows = 0;
                    }
                }
            }
            if (!batch.isEmpty()) {
                write(query, "groups", batch);
            }
            LOG.debug("import {}: {} rows in {} groups in {} ms", file, rows.size(), groups.size(), (System.nanoTime() - t0) / 1_000_000);
        }

        void run(String file, List<Map<String, Object>> rows) {
            String query = Cypher.query("import/" + file);
            long t0 = System.nanoTime();
            for (int from = 0; from < rows.size(); from += BATCH) {
                write(query, "rows", rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
            LOG.debug("import {}: {} rows in {} ms", file, rows.size(), (System.nanoTime() - t0) / 1_000_000);
        }

        private void write(String query, String field, Object rows) {
            client.write(tx -> tx.run(query, Map.of(field, rows, "graph", graph)).consume());
        }
    }

    public static final int BATCH = 20_000;
}
