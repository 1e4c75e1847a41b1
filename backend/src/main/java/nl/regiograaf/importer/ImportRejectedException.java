package nl.regiograaf.importer;

import java.util.List;

/** An upload that failed validation: nothing was written. Lists every bad row. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejectedException(String message, List<ImportError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
