package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKind;

/**
 * The rows of the national graph that every analysis starts from (municipalities, divisions), read once per national
 * version and shared: overlaps, partition checks, coverage and the ketenaanpak matrix all take them from here, so the
 * first answers after a national write read each row once, and the divisions an answer still lacks in one query.
 */
public final class NationalRows {

    /**
     * Reads the independent row sets of a first answer side by side: at 100,000 municipalities each is one large Bolt
     * record whose server-side collection and client-side decoding take hundreds of milliseconds, so reading them
     * in turn costs their sum. Daemon threads: the pool never keeps the JVM alive.
     */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "national-rows-reader");
        t.setDaemon(true);
        return t;
    });

    private final AnalysisRepository repository;
    private final VersionedCache cache;

    public NationalRows(AnalysisRepository repository, VersionedCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    public GraphRows.Municipalities municipalities() {
        return cache.getNational("rows:municipalities", repository::municipalities);
    }

    /** Every BORDERS relationship (from the municipalities' border lists), read once per national version. */
    public GraphRows.Borders borders() {
        return cache.getNational("rows:borders", repository::borders);
    }

    /** The borders packed (see {@link PackedBorders}), read once per national version; empty: read {@link #borders()}. */
    public java.util.Optional<PackedBorders.Edges> packedBorders() {
        return cache.getNational("rows:packed-borders", repository::packedBorders);
    }

    /** What contiguity reads: the packed borders, or the border rows when the store has none. */
    private Object adjacencyRows() {
        return packedBorders().isPresent() ? null : borders();
    }

    /**
     * Reads what an answer needs and this national version has not read yet, the three row sets in parallel
     * (municipalities; the divisions in {@code kinds}, empty for none; the borders). Each read keeps its own timeout
     * and row cap; a failure of any is thrown here as it would be by the read itself.
     */
    public void prefetch(boolean municipalities, List<String> kinds, boolean borders) {
        prefetch(municipalities, kinds, borders, List.of());
    }

    /** As above, with {@code more} independent reads of the same answer beside them (none may wait for another). */
    public void prefetch(boolean municipalities, List<String> kinds, boolean borders, List<Supplier<Object>> more) {
        List<Supplier<Object>> reads = new ArrayList<>(more);
        if (municipalities) {
            reads.add(this::municipalities);
        }
        if (!kinds.isEmpty()) {
            reads.add(() -> divisionsByCode(kinds));
        }
        if (borders) {
            reads.add(this::adjacencyRows);
        }
        sideBySide(reads);
    }

    /**
     * Runs independent reads side by side (each keeps its own transaction, timeout and row cap) and answers their results
     * in order; a failure of any is thrown here as the read threw it. The reads must not wait for one another.
     */
    public static List<Object> sideBySide(List<Supplier<Object>> reads) {
        if (reads.size() < 2) {
            return reads.stream().map(Supplier::get).toList();
        }
        List<CompletableFuture<Object>> running = reads.stream().map(r -> CompletableFuture.supplyAsync(r, READERS)).toList();
        try {
            CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0])).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        List<Object> results = new ArrayList<>();
        running.forEach(r -> results.add(r.join()));
        return results;
    }

    public GraphRows.Division division(DivisionKind kind) {
        return divisions(List.of(kind)).get(kind);
    }

    /** The divisions of {@code kinds}; those not read at this national version are read together. */
    public Map<DivisionKind, GraphRows.Division> divisions(List<DivisionKind> kinds) {
        Map<String, GraphRows.Division> byCode = divisionsByCode(kinds.stream().map(DivisionKind::name).toList());
        Map<DivisionKind, GraphRows.Division> divisions = new java.util.LinkedHashMap<>();
        kinds.forEach(k -> divisions.put(k, byCode.get(k.name())));
        return divisions;
    }

    /**
     * Divisions by kind code, national or own (own divisions are part of the reference graph: their writes bump the
     * national version). A kind without a division in the graph maps to null.
     */
    public Map<String, GraphRows.Division> divisionsByCode(List<String> kinds) {
        return cache.getAllNational("rows:division:", kinds, missing -> {
            Map<String, GraphRows.Division> read = new java.util.HashMap<>(repository.divisionsByCode(missing));
            missing.forEach(k -> read.putIfAbsent(k, null));
            return read;
        });
    }

    public GraphRows.Division division(nl.regiograaf.model.DivisionKey key) {
        return divisionsByCode(List.of(key.code())).get(key.code());
    }

    public VersionedCache cache() {
        return cache;
    }
}
