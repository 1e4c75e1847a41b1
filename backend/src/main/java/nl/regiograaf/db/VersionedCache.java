package nl.regiograaf.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed once per data version: an entry is reused while the version it was computed at is still
 * current, and recomputed on first use after a write. Concurrent first requests compute once. An answer drawn from
 * the national reference graph alone is kept under the national version ({@link #getNational}), so a write of
 * support points or ketenaanpakken leaves it in place; everything else under the data version ({@link #get}).
 */
public final class VersionedCache {

    private record Entry(long version, Object value) {
    }

    private final DataVersion dataVersion;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VersionedCache(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    /** The answer for {@code key} at the current data version (it may depend on any data). */
    public <T> T get(String key, Supplier<T> compute) {
        return get(key, compute, dataVersion::current);
    }

    /**
     * The answer for {@code key} at the current national version: only for answers that read nothing but the national
     * reference graph (municipalities, regions, memberships, borders and what hangs off regions).
     */
    public <T> T getNational(String key, Supplier<T> compute) {
        return get("national|" + key, compute, dataVersion::national);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, Supplier<T> compute, java.util.function.LongSupplier currentVersion) {
        if (!dataVersion.reachable()) {
            // Answers are only as good as the database behind them: no stale answers while it is gone.
            throw new org.neo4j.driver.exceptions.ServiceUnavailableException("Neo4j is not reachable");
        }
        long version = currentVersion.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        synchronized (internKey(key)) {
            entry = entries.get(key);
            if (entry != null && entry.version() == version) {
                return (T) entry.value();
            }
            T value = compute.get();
            entries.put(key, new Entry(version, value));
            return value;
        }
    }

    /** Like {@link #get}, but an empty answer (an unknown code) is not kept, so junk keys cannot fill the cache. */
    public <T> java.util.Optional<T> getPresent(String key, Supplier<java.util.Optional<T>> compute) {
        if (!dataVersion.reachable()) {
            throw new org.neo4j.driver.exceptions.ServiceUnavailableException("Neo4j is not reachable");
        }
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == dataVersion.current()) {
            @SuppressWarnings("unchecked")
            T value = (T) entry.value();
            return java.util.Optional.of(value);
        }
        long version = dataVersion.current();
        java.util.Optional<T> value = compute.get();
        value.ifPresent(v -> entries.put(key, new Entry(version, v)));
        return value;
    }

    public void clear() {
        entries.clear();
    }

    public DataVersion dataVersion() {
        return dataVersion;
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object internKey(String key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }
}
