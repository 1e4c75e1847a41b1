package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiograaf.analysis.SpukBudgetCheck;
import nl.regiograaf.analysis.VensterAnalysis;
import nl.regiograaf.analysis.WerkstructuurAnalysis;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.importer.VensterUpload;
import nl.regiograaf.importer.WerkstructuurImport;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.WerkstructuurApi;
import nl.regiograaf.repo.WerkstructuurRepository;
import nl.regiograaf.web.BodyLimit;
import nl.regiograaf.web.error.ApiException;

/** The werkstructuur, the venster op de samenwerking, the SPUK budget check, and the imports that feed them. */
public final class WerkstructuurController {

    private final WerkstructuurRepository repository;
    private final WerkstructuurImport imports;
    private final VersionedCache cache;
    private final Supplier<LocalDate> today;

    public WerkstructuurController(WerkstructuurRepository repository, WerkstructuurImport imports, VersionedCache cache,
                                   Supplier<LocalDate> today) {
        this.repository = repository;
        this.imports = imports;
        this.cache = cache;
        this.today = today;
    }

    @OpenApi(path = "/api/checks/spuk", methods = HttpMethod.GET, tags = "werkstructuur",
            summary = "SPUK budget check: per IZA/AZWA region the SPUK IZA divided by the sum of its members' Brede SPUK",
            description = "Regions outside the band (median ratio ± tolerance) are flagged; one year out and the other in "
                    + "is an 'afwijking in de bron' (shown, never corrected).",
            queryParams = @OpenApiParam(name = "tolerance", description = "relative half-width of the band, > 0 and ≤ 0.5 (default 0.015)"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurApi.SpukCheck.class)),
                @OpenApiResponse(status = "400", description = "Bad tolerance")
            })
    public void spukCheck(Context ctx) {
        double tolerance = tolerance(ctx.queryParam("tolerance"));
        ctx.json(SpukBudgetCheck.check(cache.getNational("werkstructuur-regions", repository::regions), tolerance));
    }

    @OpenApi(path = "/api/werkstructuur", methods = HttpMethod.GET, tags = "werkstructuur",
            summary = "The werkstructuur of every IZA/AZWA region: members, roles, GGD/zorgkantoor/ROAZ partners, documents, "
                    + "AZWA deadline, SPUK IZA and the AZWA raming 2027–2029",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurApi.Werkstructuur.class)))
    public void werkstructuur(Context ctx) {
        ctx.json(all());
    }

    @OpenApi(path = "/api/werkstructuur/{region}", methods = HttpMethod.GET, tags = "werkstructuur",
            summary = "The werkstructuur of one IZA/AZWA region",
            pathParams = @OpenApiParam(name = "region", required = true, description = "IZA/AZWA region code, e.g. IZA-TWENTE"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurApi.Region.class)),
                @OpenApiResponse(status = "404", description = "Unknown region")
            })
    public void region(Context ctx) {
        String code = Params.code(ctx, "region");
        ctx.json(all().regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() ->
                ApiException.notFound("region", "No IZA/AZWA region with code '" + Params.clip(code) + "'.")));
    }

    @OpenApi(path = "/api/venster", methods = HttpMethod.GET, tags = "werkstructuur",
            summary = "The venster op de samenwerking of one year: 3 × 3 answers per region, completeness, divergence, change",
            queryParams = {
                @OpenApiParam(name = "year", description = "the year (default: the latest year with answers)"),
                @OpenApiParam(name = "demo", description = "true (default): DEMO answers stand in for regions without imported ones; false: imported only")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurApi.Venster.class)),
                @OpenApiResponse(status = "400", description = "Bad year or demo")
            })
    public void venster(Context ctx) {
        boolean demo = demo(ctx.queryParam("demo"));
        Integer asked = year(ctx.queryParam("year"));
        ctx.json(cache.get("venster:" + asked + ":" + demo, () -> {
            List<nl.regiograaf.analysis.WerkstructuurRows.Answer> answers = repository.answers();
            Integer latest = VensterAnalysis.latestYear(answers, demo);
            int year = asked != null ? asked : latest != null ? latest : today.get().getYear();
            List<Api.Ref> regions = cache.getNational("werkstructuur-regions", repository::regions).stream()
                    .map(r -> new Api.Ref(r.code(), r.name())).toList();
            return VensterAnalysis.compute(regions, answers, year, demo);
        }));
    }

    @OpenApi(path = "/api/import/werkstructuur", methods = HttpMethod.POST, tags = "import",
            summary = "Import werkstructuur roles (region;role;organisation;person;since;source) or document status "
                    + "(region;document;status;date;url)",
            description = "role: mandaathouder, bestuurlijk aanspreekpunt, ambtelijk aanspreekpunt, preferente zorgverzekeraar, "
                    + "trekker:<onderwerp>; document: regiobeeld, regioplan, werkagenda-azwa; status: niet gestart, in "
                    + "voorbereiding, vastgesteld (with the date). A roles file replaces every imported role, a documents file "
                    + "every document status. Any bad row rejects the file; nothing is written.",
            security = @OpenApiSecurity(name = "bearer"),
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "text/csv"), @OpenApiContent(type = "application/json")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurImport.Outcome.class)),
                @OpenApiResponse(status = "400", description = "Bad rows (errors: line, column, value, reason); nothing written"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled"),
                @OpenApiResponse(status = "415", description = "Body is neither text/csv nor application/json")
            })
    public void importWerkstructuur(Context ctx) {
        TableReader.Format format = ImportRequests.format(ctx, "file");
        ctx.json(ImportRequests.rejectedAsProblem(() -> imports.werkstructuur(BodyLimit.read(ctx), format, s -> { })));
    }

    @OpenApi(path = "/api/import/venster", methods = HttpMethod.POST, tags = "import",
            summary = "Import venster answers (region;year;financier;question;answer[;toelichting])",
            description = "financier: gemeenten, zorgverzekeraar, zorgkantoor; question: proces, agenda, resultaten; answer 1–5 "
                    + "(or zeer ontevreden … zeer tevreden). Replaces the imported answers of the years in the file. Any bad "
                    + "row rejects the file; nothing is written.",
            security = @OpenApiSecurity(name = "bearer"),
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "text/csv"), @OpenApiContent(type = "application/json")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = WerkstructuurImport.Outcome.class)),
                @OpenApiResponse(status = "400", description = "Bad rows; nothing written"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled"),
                @OpenApiResponse(status = "415", description = "Body is neither text/csv nor application/json")
            })
    public void importVenster(Context ctx) {
        TableReader.Format format = ImportRequests.format(ctx, "file");
        ctx.json(ImportRequests.rejectedAsProblem(() -> imports.venster(BodyLimit.read(ctx), format, s -> { })));
    }

    @OpenApi(path = "/api/import/werkstructuur", methods = HttpMethod.DELETE, tags = "import",
            summary = "Remove the imported roles (with every person's name) and/or document status",
            security = @OpenApiSecurity(name = "bearer"),
            queryParams = @OpenApiParam(name = "part", description = "roles, documents or all (default)"),
            responses = {
                @OpenApiResponse(status = "200", description = "{\"removed\": n}"),
                @OpenApiResponse(status = "400", description = "Bad part"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token")
            })
    public void deleteWerkstructuur(Context ctx) {
        String part = ctx.queryParam("part") == null ? "all" : ctx.queryParam("part").strip().toLowerCase(Locale.ROOT);
        if (!List.of("all", "roles", "documents").contains(part)) {
            throw ApiException.badRequest("part", "Parameter 'part' must be roles, documents or all, got '"
                    + Params.clip(ctx.queryParam("part")) + "'.");
        }
        long removed = imports.deleteWerkstructuur(!part.equals("documents"), !part.equals("roles"));
        ctx.json(Map.of("removed", removed));
    }

    @OpenApi(path = "/api/import/venster", methods = HttpMethod.DELETE, tags = "import",
            summary = "Remove every imported venster answer (the DEMO answers stay)",
            security = @OpenApiSecurity(name = "bearer"),
            responses = {
                @OpenApiResponse(status = "200", description = "{\"removed\": n}"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token")
            })
    public void deleteVenster(Context ctx) {
        ctx.json(Map.of("removed", imports.deleteVenster()));
    }

    private WerkstructuurApi.Werkstructuur all() {
        LocalDate day = today.get();
        return cache.get("werkstructuur:" + day, () -> WerkstructuurAnalysis.compute(repository.input(), day));
    }

    static double tolerance(String text) {
        if (text == null || text.isBlank()) {
            return SpukBudgetCheck.DEFAULT_TOLERANCE;
        }
        try {
            double t = Double.parseDouble(text.strip());
            if (t > 0 && t <= 0.5) {
                return t;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("tolerance", "Parameter 'tolerance' must be a number > 0 and ≤ 0.5, got '"
                + Params.clip(text) + "'.");
    }

    private Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int last = today.get().getYear();
        String t = text.strip();
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            if (y >= VensterUpload.FIRST_YEAR && y <= last) {
                return y;
            }
        }
        throw ApiException.badRequest("year", "Parameter 'year' must be a year " + VensterUpload.FIRST_YEAR + "–" + last
                + ", got '" + Params.clip(text) + "'.");
    }

    private static boolean demo(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiException.badRequest("demo", "Parameter 'demo' must be true or false, got '" + Params.clip(text) + "'.");
    }
}
