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

    /**
     * The answers for several keys at the current national version, each kept under its own key; the keys not yet
     * computed at this version are computed together by one call of {@code computeMissing} (one query for several
     * divisions), which must answer every key it is given. In the order of {@code keys}.
     */
    public <K, T> Map<K, T> getAllNational(String prefix, java.util.List<K> keys,
                                           java.util.function.Function<java.util.List<K>, Map<K, T>> computeMissing) {
        requireReachable();
        long version = dataVersion.national();
        Map<K, T> found = new java.util.HashMap<>();
        java.util.List<K> missing = collect(prefix, keys, version, found);
        if (!missing.isEmpty()) {
            synchronized (internKey("national|" + prefix)) {
                missing = collect(prefix, missing, version, found);
                if (!missing.isEmpty()) {
                    Map<K, T> computed = computeMissing.apply(missing);
                    for (K k : missing) {
                        entries.put("national|" + prefix + k, new Entry(version, computed.get(k)));
                        found.put(k, computed.get(k));
                    }
                }
            }
        }
        Map<K, T> ordered = new java.util.LinkedHashMap<>();
        keys.forEach(k -> ordered.put(k, found.get(k)));
        return ordered;
    }

    /** Puts the entries of {@code keys} valid at {@code version} into {@code found}; answers the other keys. */
    @SuppressWarnings("unchecked")
    private <K, T> java.util.List<K> collect(String prefix, java.util.List<K> keys, long version, Map<K, T> found) {
        java.util.List<K> missing = new java.util.ArrayList<>();
        for (K k : keys) {
            Entry entry = entries.get("national|" + prefix + k);
            if (entry != null && entry.version() == version) {
                found.put(k, (T) entry.value());
            } else {
                missing.add(k);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, Supplier<T> compute, java.util.function.LongSupplier currentVersion) {
        requireReachable();
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
        requireReachable();
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

    /** Answers are only as good as the database behind them: no stale answers while it is gone. */
    private void requireReachable() {
        if (!dataVersion.reachable()) {
            throw new org.neo4j.driver.exceptions.ServiceUnavailableException("Neo4j is not reachable");
        }
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
