package nl.regiograaf.importer;

/**
 * A write that could not get its turn: another write to the same dataset held it longer than a caller should wait,
 * or the database kept detecting a lock conflict. Nothing was written; the same request may be sent again (409).
 */
public final class WriteConflict extends RuntimeException {

    public WriteConflict(String message) {
        super(message);
    }
}
