package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.web.error.ApiException;

/** Parameter parsing that fails with a problem naming the parameter, never with a 500. */
public final class Params {

    private static final String KINDS = Arrays.stream(DivisionKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private Params() {
    }

    public static DivisionKind kind(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(parameter, "Parameter '" + parameter + "' is required; one of " + KINDS + ".");
        }
        return DivisionKind.parse(value).orElseThrow(() -> ApiException.badRequest(parameter,
                "Unknown division kind '" + clip(value) + "' in parameter '" + parameter + "'; expected one of " + KINDS + "."));
    }

    /** A national or an own division (see {@link DivisionCatalog}); unknown or missing: 400 naming the parameter. */
    public static DivisionKey division(DivisionCatalog catalog, String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(parameter, "Parameter '" + parameter + "' is required; one of " + catalog.known() + ".");
        }
        return catalog.resolve(value).orElseThrow(() -> ApiException.badRequest(parameter,
                "Unknown division kind '" + clip(value) + "' in parameter '" + parameter + "'; expected one of "
                        + catalog.known() + "."));
    }

    public static DivisionKey queryDivision(DivisionCatalog catalog, Context ctx, String parameter) {
        return division(catalog, parameter, ctx.queryParam(parameter));
    }

    public static DivisionKind queryKind(Context ctx, String parameter) {
        return kind(parameter, ctx.queryParam(parameter));
    }

    public static String code(Context ctx, String parameter) {
        return ctx.pathParam(parameter).strip().toUpperCase(Locale.ROOT);
    }

    /** Echoes user input back in a message without letting it grow unbounded. */
    public static String clip(String value) {
        String v = value.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 80 ? v.substring(0, 80) + "…" : v;
    }
}
