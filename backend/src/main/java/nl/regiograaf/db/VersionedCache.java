package nl.regiograaf.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed once per data version: an entry is reused while the data version it was computed at is
 * still current, and recomputed on first use after a write. Concurrent first requests compute once.
 */
public final class VersionedCache {

    private record Entry(long version, Object value) {
    }

    private final DataVersion dataVersion;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VersionedCache(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        long version = dataVersion.current();
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
