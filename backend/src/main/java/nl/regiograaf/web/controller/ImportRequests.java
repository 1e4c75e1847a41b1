package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import nl.regiograaf.importer.ImportError;
import nl.regiograaf.importer.ImportRejectedException;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.web.error.ApiException;

/** What every import route does alike: the body's format from its content type, a rejected import as problem+json. */
final class ImportRequests {

    private ImportRequests() {
    }

    /** The body's format; any other content type is a 415 naming {@code Content-Type}. {@code what}: "list", "file". */
    static TableReader.Format format(Context ctx, String what) {
        TableReader.Format format = TableReader.Format.of(ctx.contentType());
        if (format == null) {
            throw new ApiException(415, "Unsupported media type", "Send the " + what + " as text/csv or application/json (got '"
                    + Params.clip(String.valueOf(ctx.contentType())) + "').", "Content-Type", List.of());
        }
        return format;
    }

    /** Runs an import; a rejected one becomes a 400 listing every row-level error (nothing was written). */
    static <T> T rejectedAsProblem(Supplier<T> work) {
        try {
            return work.get();
        } catch (ImportRejectedException e) {
            throw new ApiException(400, "Import rejected", e.getMessage(), null, e.errors().stream().map(ImportError::toMap).toList());
        }
    }
}
