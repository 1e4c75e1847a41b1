package nl.regiograaf.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a support-points or ketenaanpakken dataset all-or-nothing: the old rows (replace), the new rows in
 * UNWIND batches, the dataset node and the data version, all in ONE write transaction. The national data is
 * never touched: every statement is scoped to the dataset id.
 */
public final class DatasetWriter {

    static final int BATCH = 10_000;
    private static final int ATTEMPTS = 5;

    public enum Mode {
        REPLACE, APPEND;

        public static Mode parse(String text) {
            if (text == null || text.isBlank()) {
                return REPLACE;
            }
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "replace" -> REPLACE;
                case "append" -> APPEND;
                default -> null;
            };
        }
    }

    /** What a dataset is: its id, kind, whether it is demo data, where it comes from and what it covers. */
    public record Spec(String id, String kind, boolean demo, String origin, String source, String scope, String contentHash) {
        public static final String SUPPORT_POINTS = "support-points";
        public static final String KETENAANPAKKEN = "ketenaanpakken";
    }

    /** Counts of one write and the versions it produced. */
    public record Result(String dataset, String kind, boolean demo, String mode, int rows, long created, long updated,
                         long removed, long totalInDataset, long datasetVersion, long dataVersion, long millis) {
    }

    private final GraphClient graph;
    private final DataVersion dataVersion;

    /** {@code dataVersion} may be null (startup, CLI): then the new version is only written, not observed. */
    public DatasetWriter(GraphClient graph, DataVersion dataVersion) {
        this.graph = graph;
        this.dataVersion = dataVersion;
    }

    public Result writeSupportPoints(Spec spec, List<Map<String, Object>> rows, Mode mode, Consumer<String> progress) {
        long start = System.nanoTime();
        // A number, not a UUID string: it is stored on every point, and numbers are stored inline (faster commit).
        long importId = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        Result result = writeLocked(spec, importId, tx -> {
            long created = 0;
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                created += run(tx, "import/support_points", Map.of("rows", batch, "dataset", spec.id(),
                        "demo", spec.demo(), "importId", importId)).nodesCreated();
                progress.accept("written " + Math.min(rows.size(), from + BATCH) + " / " + rows.size() + " rows");
            }
            long removed = 0;
            if (mode == Mode.REPLACE) {
                removed = run(tx, "import/support_points_sweep", Map.of("dataset", spec.id(), "importId", importId)).nodesDeleted();
                if (removed > 0) {
                    progress.accept("removed " + removed + " rows of the earlier " + spec.id());
                }
            }
            long version = upsertDataset(tx, spec);
            long total = tx.run(Cypher.query("import/dataset_rows_support_points"), Map.of("id", spec.id()))
                    .single().get("rows").asLong();
            long data = DataVersion.bump(tx);
            return new Result(spec.id(), spec.kind(), spec.demo(), mode.name().toLowerCase(java.util.Locale.ROOT),
                    rows.size(), created, rows.size() - created, removed, total, version, data, 0);
        });
        return finish(result, start);
    }

    /**
     * Ketenaanpak participation: municipality-level rows and (real data only) region-level rows, the latter on a
     * graph region when the stated region maps to one, else on a {@code StatedRegion} named as in the source.
     */
    public Result writeKetenaanpakken(Spec spec, List<Map<String, Object>> municipal, List<Map<String, Object>> regional,
                                      Mode mode, Consumer<String> progress) {
        long start = System.nanoTime();
        List<Map<String, Object>> onRegion = regional.stream().filter(r -> r.get("regionCode") != null).toList();
        List<Map<String, Object>> onStated = regional.stream().filter(r -> r.get("regionCode") == null).toList();
        long importId = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        Result result = writeLocked(spec, importId, tx -> {
            run(tx, "import/ketenaanpakken", Map.of("rows", Ketenaanpakken.rows()));
            long removed = 0;
            if (mode == Mode.REPLACE) {
                // The count of the version in force: while two versions are present each statement exists twice.
                removed = tx.run(Cypher.query("import/takes_part_delete"), Map.of("dataset", spec.id())).single()
                        .get("deleted").asLong();
            }
            long created = 0;
            for (int from = 0; from < municipal.size(); from += BATCH) {
                List<Map<String, Object>> batch = municipal.subList(from, Math.min(municipal.size(), from + BATCH));
                created += run(tx, "import/takes_part", params(spec, batch)).relationshipsCreated();
                progress.accept("written " + Math.min(municipal.size(), from + BATCH) + " / " + municipal.size() + " rows");
            }
            if (!onRegion.isEmpty()) {
                long n = run(tx, "import/takes_part_region", params(spec, onRegion)).relationshipsCreated();
                if (mode == Mode.REPLACE && n != onRegion.size()) {
                    throw new IllegalStateException("Region-level rows refer to regions missing in the graph: wrote "
                            + n + " of " + onRegion.size());
                }
                created += n;
            }
            if (!onStated.isEmpty()) {
                created += run(tx, "import/takes_part_stated_region", params(spec, onStated)).relationshipsCreated();
            }
            long version = upsertDataset(tx, spec);
            long total = tx.run(Cypher.query("import/dataset_rows_takes_part"), Map.of("id", spec.id()))
                    .single().get("rows").asLong();
            long data = DataVersion.bump(tx);
            int rows = municipal.size() + regional.size();
            return new Result(spec.id(), spec.kind(), spec.demo(), mode.name().toLowerCase(java.util.Locale.ROOT),
                    rows, created, rows - created, removed, total, version, data, 0);
        });
        return finish(result, start);
    }

    /** Removes a dataset and its rows; returns whether it existed. */
    public boolean delete(String datasetId, String kind) {
        Map<String, Object> p = Map.of("dataset", datasetId);
        long version = DatasetLocks.withLock(datasetId, () -> retryingLockConflicts(datasetId, () -> graph.write(tx -> {
            if (tx.run(Cypher.query("import/dataset_lock_existing"), Map.of("id", datasetId, "importId", 0L)).list().isEmpty()) {
                return -1L;
            }
            if (Spec.SUPPORT_POINTS.equals(kind)) {
                run(tx, "import/support_points_delete", p);
            } else {
                run(tx, "import/takes_part_delete", p);
            }
            long deleted = tx.run(Cypher.query("import/dataset_delete"), Map.of("id", datasetId)).single().get("deleted").asLong();
            return deleted == 0 ? -1L : DataVersion.bump(tx);
        })));
        if (version > 0 && dataVersion != null) {
            dataVersion.observe(version);
        }
        return version > 0;
    }

    /**
     * Runs one write transaction on a dataset after its turn has come: in this process (DatasetLocks) and in the
     * database (the dataset node's lock, the transaction's first statement), so concurrent writes to one dataset
     * end as if they had run one after the other. The dataset's kind is checked under that lock.
     */
    private <T> T writeLocked(Spec spec, long importId, java.util.function.Function<TransactionContext, T> work) {
        return DatasetLocks.withLock(spec.id(), () -> retryingLockConflicts(spec.id(), () -> graph.write(tx -> {
            String kind = tx.run(Cypher.query("import/dataset_lock"), Map.of("id", spec.id(), "kind", spec.kind(),
                    "importId", importId)).single().get("kind").asString(null);
            if (kind != null && !kind.equals(spec.kind())) {
                throw new UserImport.BadParameter("dataset", "Dataset '" + spec.id() + "' holds " + kind + ", not "
                        + spec.kind() + ".");
            }
            return work.apply(tx);
        })));
    }

    /**
     * A deadlock the database detected (two writes to different datasets meeting on shared nodes) rolled the whole
     * transaction back, so it is safe to run again; after {@link #ATTEMPTS} tries it is a 409 for the client.
     */
    static <T> T retryingLockConflicts(String datasetId, java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (TransientException e) {
                if (!lockConflict(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new WriteConflict("Writes to dataset '" + datasetId + "' kept meeting other writes; nothing "
                            + "was written, try again later.");
                }
                try {
                    Thread.sleep(100L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new WriteConflict("Interrupted while retrying a write to dataset '" + datasetId + "'.");
                }
            }
        }
    }

    /** Whether the database refused a transaction over a lock (deadlock, lock wait timeout), not for being down. */
    public static boolean lockConflict(TransientException e) {
        String code = e.code();
        return code != null && (code.contains("DeadlockDetected") || code.contains("LockAcquisitionTimeout"));
    }

    private Result finish(Result r, long start) {
        if (dataVersion != null) {
            dataVersion.observe(r.dataVersion());
        }
        return new Result(r.dataset(), r.kind(), r.demo(), r.mode(), r.rows(), r.created(), r.updated(), r.removed(),
                r.totalInDataset(), r.datasetVersion(), r.dataVersion(), (System.nanoTime() - start) / 1_000_000);
    }

    private static long upsertDataset(TransactionContext tx, Spec spec) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", spec.id());
        p.put("kind", spec.kind());
        p.put("demo", spec.demo());
        p.put("origin", spec.origin());
        p.put("source", spec.source());
        p.put("scope", spec.scope());
        p.put("contentHash", spec.contentHash());
        return tx.run(Cypher.query("import/dataset_upsert"), p).single().get("version").asLong();
    }

    private static Map<String, Object> params(Spec spec, List<Map<String, Object>> rows) {
        return Map.of("rows", rows, "dataset", spec.id(), "demo", spec.demo());
    }

    private static SummaryCounters run(TransactionContext tx, String name, Map<String, Object> params) {
        return tx.run(Cypher.query(name), params).consume().counters();
    }
}
