package nl.regiograaf.importer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Writes to one dataset take turns in this process, first come first served (fair locks), so a second import waits
 * instead of racing the first inside the database. The database lock on the dataset node (taken first in every write
 * transaction, {@code import/dataset_lock}) does the same across processes; this one keeps the waiting out of open
 * transactions and bounds it. A fixed set of locks (by hash of the id) keeps the memory bounded whatever ids come in;
 * two datasets sharing a lock only take turns too.
 */
final class DatasetLocks {

    /** How long a write waits for its turn before it answers 409 (a 200,000-row import takes about 30 s). */
    static final long WAIT_MILLIS = 120_000;
    private static volatile long waitMillis = WAIT_MILLIS;
    private static final int STRIPES = 64;
    private static final ReentrantLock[] LOCKS = new ReentrantLock[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            LOCKS[i] = new ReentrantLock(true);
        }
    }

    private DatasetLocks() {
    }

    /** For tests of the 409: a shorter wait. */
    static void waitAtMost(long millis) {
        waitMillis = millis;
    }

    static <T> T withLock(String datasetId, Supplier<T> work) {
        ReentrantLock lock = LOCKS[Math.floorMod(datasetId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new WriteConflict("Another write to dataset '" + datasetId + "' is still running; try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteConflict("Interrupted while waiting for another write to dataset '" + datasetId + "'.");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
