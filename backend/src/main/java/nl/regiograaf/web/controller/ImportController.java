package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.util.List;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.importer.UserImport;
import nl.regiograaf.model.OwnDivisionApi;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.web.error.ApiException;

/**
 * Imports of the users' own lists over HTTP: bearer token (checked by WriteAccess before the handler runs),
 * CSV or JSON body, every row validated, all-or-nothing write. No token configured: writes are disabled (403).
 */
public final class ImportController {

    private final UserImport imports;

    /** Access is checked before any write route runs, in one place: {@link nl.regiograaf.web.WriteAccess}. */
    public ImportController(UserImport imports) {
        this.imports = imports;
    }

    @OpenApi(path = "/api/import/support-points", methods = HttpMethod.POST, tags = "import",
            summary = "Import a list of support points (CSV: name,kind,municipality,address,town,lat,lon; or a JSON array of such objects)",
            description = "Comma or semicolon separated, optional UTF-8 BOM, quoted fields; municipality by CBS code or name. "
                    + "Any bad row rejects the whole file (400 with every bad row listed) and nothing is written.",
            security = @OpenApiSecurity(name = "bearer"),
            queryParams = {
                @OpenApiParam(name = "mode", description = "replace (default): replace the user dataset; append: add, and update points with the same name in the same municipality"),
                @OpenApiParam(name = "dataset", description = "user dataset id, default user-support-points (must start with 'user-')"),
                @OpenApiParam(name = "scope", description = "what the list covers, stored on the dataset")
            },
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "text/csv"), @OpenApiContent(type = "application/json")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.ImportResult.class)),
                @OpenApiResponse(status = "400", description = "Bad rows (errors: line, column, value, reason) or parameters; nothing written"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled: no REGIOGRAAF_ADMIN_TOKEN configured"),
                @OpenApiResponse(status = "409", description = "Another write to this dataset held it too long; nothing written, retry after Retry-After seconds"),
                @OpenApiResponse(status = "415", description = "Body is neither text/csv nor application/json")
            })
    public void supportPoints(Context ctx) {
        Request r = request(ctx);
        ctx.json(result(run(() -> imports.supportPoints(r.body(), r.format(), r.mode(), ctx.queryParam("dataset"),
                ctx.queryParam("scope"), s -> { }))));
    }

    @OpenApi(path = "/api/import/ketenaanpakken", methods = HttpMethod.POST, tags = "import",
            summary = "Import ketenaanpak participation (CSV: municipality,ketenaanpak,status,since,source; or a JSON array of such objects)",
            description = "ketenaanpak: kansrijke-start, valpreventie, overgewicht-kinderen, gli, welzijn-op-recept (or their names); "
                    + "since: YYYY, YYYY-MM, YYYY-MM-DD or DD-MM-YYYY. Any bad row rejects the whole file and nothing is written.",
            security = @OpenApiSecurity(name = "bearer"),
            queryParams = {
                @OpenApiParam(name = "mode", description = "replace (default) or append"),
                @OpenApiParam(name = "dataset", description = "user dataset id, default user-ketenaanpakken (must start with 'user-')"),
                @OpenApiParam(name = "scope", description = "what the list covers, stored on the dataset")
            },
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "text/csv"), @OpenApiContent(type = "application/json")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.ImportResult.class)),
                @OpenApiResponse(status = "400", description = "Bad rows or parameters; nothing written"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled: no REGIOGRAAF_ADMIN_TOKEN configured"),
                @OpenApiResponse(status = "409", description = "Another write to this dataset held it too long; nothing written, retry after Retry-After seconds"),
                @OpenApiResponse(status = "415", description = "Body is neither text/csv nor application/json")
            })
    public void ketenaanpakken(Context ctx) {
        Request r = request(ctx);
        ctx.json(result(run(() -> imports.ketenaanpakken(r.body(), r.format(), r.mode(), ctx.queryParam("dataset"),
                ctx.queryParam("scope"), s -> { }))));
    }

    @OpenApi(path = "/api/import/divisions", methods = HttpMethod.POST, tags = "import",
            summary = "Keep an own division (CSV: municipality;region[;regionName]): from then on its kind works wherever a national kind does",
            description = "The same dialect as the other uploads (';' or ',', BOM, quotes, Windows-1252); municipality by code, "
                    + "2020 code merged since, name or alias; a municipality on two lines lies in two regions. Region codes "
                    + "are stored in upper case and may not be used by another division or be a municipality code. Stored in "
                    + "dataset user-division-<kind>; importing the same kind again replaces it; DELETE /api/datasets/{id} "
                    + "removes it. Any bad line or parameter rejects the whole file and nothing is written.",
            security = @OpenApiSecurity(name = "bearer"),
            queryParams = {
                @OpenApiParam(name = "kind", required = true, description = "[A-Z][A-Z0-9_-]{1,19}, not a national kind", example = "JEUGD"),
                @OpenApiParam(name = "name", description = "the division's name (default: the kind)", example = "Jeugdregio's"),
                @OpenApiParam(name = "scope", description = "national (default), a province code (PV27) or municipality codes separated by commas: where the partition check counts unassigned municipalities"),
                @OpenApiParam(name = "mode", description = "replace (the default and the only mode)")
            },
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "text/csv"), @OpenApiContent(type = "application/json")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = OwnDivisionApi.ImportResult.class)),
                @OpenApiResponse(status = "400", description = "Bad lines (errors: line, column, value, reason) or a bad parameter (kind, name, scope, mode); nothing written"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled: no REGIOGRAAF_ADMIN_TOKEN configured"),
                @OpenApiResponse(status = "409", description = "Another write to this dataset held it too long; nothing written"),
                @OpenApiResponse(status = "415", description = "Body is neither text/csv nor application/json")
            })
    public void divisions(Context ctx) {
        TableReader.Format format = ImportRequests.format(ctx, "list");
        byte[] body = nl.regiograaf.web.BodyLimit.read(ctx);
        ctx.json(run(() -> imports.division(body, format, ctx.queryParam("kind"), ctx.queryParam("name"),
                ctx.queryParam("scope"), ctx.queryParam("mode"), s -> { })));
    }

    @OpenApi(path = "/api/datasets/{id}", methods = HttpMethod.DELETE, tags = "import",
            summary = "Remove a user dataset (id 'user-…') and its rows; an own division (user-division-…) with its regions",
            security = @OpenApiSecurity(name = "bearer"),
            pathParams = @OpenApiParam(name = "id", required = true, description = "e.g. user-support-points"),
            responses = {
                @OpenApiResponse(status = "204", description = "Removed"),
                @OpenApiResponse(status = "400", description = "Not a user dataset"),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "Writes disabled"),
                @OpenApiResponse(status = "404", description = "No such dataset"),
                @OpenApiResponse(status = "409", description = "Another write to this dataset held it too long; retry after Retry-After seconds")
            })
    public void deleteDataset(Context ctx) {
        String id = ctx.pathParam("id");
        boolean removed = run(() -> imports.delete(id));
        if (!removed) {
            throw ApiException.notFound("id", "No dataset '" + Params.clip(id) + "'.");
        }
        ctx.status(204);
    }

    private record Request(byte[] body, TableReader.Format format, DatasetWriter.Mode mode) {
    }

    private static Request request(Context ctx) {
        TableReader.Format format = ImportRequests.format(ctx, "list");
        DatasetWriter.Mode mode = DatasetWriter.Mode.parse(ctx.queryParam("mode"));
        if (mode == null) {
            throw ApiException.badRequest("mode", "Parameter 'mode' must be replace or append, got '"
                    + Params.clip(ctx.queryParam("mode")) + "'.");
        }
        return new Request(nl.regiograaf.web.BodyLimit.read(ctx), format, mode);
    }

    private static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return ImportRequests.rejectedAsProblem(work);
        } catch (UserImport.BadParameter e) {
            throw ApiException.badRequest(e.parameter(), e.getMessage());
        }
    }

    private static SupportApi.ImportResult result(UserImport.Outcome o) {
        DatasetWriter.Result r = o.result();
        return new SupportApi.ImportResult(new SupportApi.DatasetRef(r.dataset(), r.demo(), o.scope()), r.kind(), r.mode(),
                r.rows(), r.created(), r.updated(), r.removed(), r.totalInDataset(), r.datasetVersion(), r.dataVersion(),
                r.millis(), o.format(), o.encoding(), o.delimiter());
    }
}
