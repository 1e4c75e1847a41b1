package nl.regiograaf.importer;

import java.util.List;

/** An upload that failed validation: nothing was written. Lists every bad row. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejectedException(String message, List<ImportError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** Throws when {@code errors} is not empty: an import with any bad row writes nothing. */
    public static void throwIfAny(List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.size() + " problem(s) in "
                    + errors.stream().map(ImportError::line).distinct().count() + " row(s); nothing was imported.", errors);
        }
    }

    public List<ImportError> errors() {
        return errors;
    }
}
