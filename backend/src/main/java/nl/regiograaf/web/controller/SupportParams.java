package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.regiograaf.analysis.SupportCoverage;
import nl.regiograaf.importer.Ketenaanpakken;
import nl.regiograaf.importer.SupportPointKinds;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.web.error.ApiException;

/** Parameters of the support-point and ketenaanpak endpoints; a bad value is a 400 naming the parameter. */
final class SupportParams {

    static final double MAX_RADIUS_KM = 100;
    /** Radii are rounded to this step (km) before use: answers, and cache keys, exist for at most 1,000 radii. */
    static final double RADIUS_STEP_KM = 0.1;

    private SupportParams() {
    }

    /** {@code demo}: absent, empty or true includes demo data; false restricts the answer to real data. */
    static boolean includeDemo(Context ctx) {
        String v = ctx.queryParam("demo");
        if (v == null || v.isBlank()) {
            return true;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("demo", "Parameter 'demo' must be true or false, got '" + Params.clip(v) + "'.");
        };
    }

    /** {@code kind}: one or more support-point kinds, comma separated; absent means every kind (null). */
    static List<String> kinds(Context ctx) {
        String v = ctx.queryParam("kind");
        if (v == null || v.isBlank()) {
            return null;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : v.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            kinds.add(SupportPointKinds.get().resolve(part).orElseThrow(() -> ApiException.badRequest("kind",
                    "Unknown support-point kind '" + Params.clip(part.strip()) + "' in parameter 'kind'; expected one of "
                            + String.join(", ", SupportPointKinds.get().kinds()) + ".")));
        }
        // In the catalogue's order, so the same kinds in another order are the same answer (and cache key).
        List<String> ordered = new ArrayList<>(SupportPointKinds.get().kinds());
        ordered.retainAll(kinds);
        return ordered.isEmpty() ? null : ordered;
    }

    /** {@code radiusKm}: a positive number up to 100, rounded to {@link #RADIUS_STEP_KM} (at least one step); 10 when absent. */
    static double radiusKm(Context ctx) {
        String v = ctx.queryParam("radiusKm");
        if (v == null || v.isBlank()) {
            return 10;
        }
        String t = v.strip();
        if (!t.matches("\\d{1,6}(\\.\\d{1,6})?")) {
            throw ApiException.badRequest("radiusKm", "Parameter 'radiusKm' must be a positive number up to "
                    + (int) MAX_RADIUS_KM + " (km), got '" + Params.clip(v) + "'.");
        }
        double r = Double.parseDouble(t);
        if (r <= 0 || r > MAX_RADIUS_KM) {
            throw ApiException.badRequest("radiusKm", "Parameter 'radiusKm' must be greater than 0 and at most "
                    + (int) MAX_RADIUS_KM + " (km), got '" + Params.clip(v) + "'.");
        }
        return quantise(r);
    }

    static double quantise(double radiusKm) {
        long steps = Math.max(1, Math.round(radiusKm / RADIUS_STEP_KM));
        return steps / 10.0;
    }

    /** {@code criterion}: distance (default; reach within radiusKm) or municipality (the AZWA norm). */
    static SupportCoverage.Criterion criterion(Context ctx) {
        String v = ctx.queryParam("criterion");
        if (v == null || v.isBlank()) {
            return SupportCoverage.Criterion.DISTANCE;
        }
        String t = v.strip().toLowerCase(Locale.ROOT);
        for (SupportCoverage.Criterion c : SupportCoverage.Criterion.values()) {
            if (c.code().equals(t)) {
                return c;
            }
        }
        throw ApiException.badRequest("criterion", "Parameter 'criterion' must be distance or municipality, got '"
                + Params.clip(v) + "'.");
    }

    /** {@code by}: a division kind; IZA when absent. */
    /** {@code by}: a national or an own division; IZA when absent. */
    static DivisionKey by(Context ctx, DivisionCatalog catalog) {
        String v = ctx.queryParam("by");
        return v == null || v.isBlank() ? DivisionKey.of(DivisionKind.IZA) : Params.division(catalog, "by", v);
    }

    /** {@code ketenaanpak}: one ketenaanpak code or name; null (all) when absent. */
    static String ketenaanpak(Context ctx) {
        String v = ctx.queryParam("ketenaanpak");
        if (v == null || v.isBlank()) {
            return null;
        }
        return Ketenaanpakken.resolve(v).orElseThrow(() -> ApiException.badRequest("ketenaanpak",
                "Unknown ketenaanpak '" + Params.clip(v) + "'; expected one of "
                        + String.join(", ", Ketenaanpakken.namesByCode().keySet()) + "."));
    }
}
