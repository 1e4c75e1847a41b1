package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.time.LocalDate;
import nl.regiograaf.repo.ExportRepository;
import nl.regiograaf.web.WriteAccess;

/** The full dump of the imported datasets; admin only, because user lists need not be public. */
public final class ExportController {

    private final ExportRepository repository;
    private final WriteAccess access;

    public ExportController(ExportRepository repository, WriteAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @OpenApi(path = "/api/export", methods = HttpMethod.GET, tags = "import",
            summary = "A zip of every support-points and ketenaanpakken dataset (user, real, demo) as CSV in the import formats, with manifest.json",
            description = "One consistent snapshot. Restore a user dataset by posting its file to its import endpoint with the "
                    + "manifest's dataset id and scope; real and demo datasets are written at every start from the shipped files.",
            security = @OpenApiSecurity(name = "bearer"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/zip")),
                @OpenApiResponse(status = "401", description = "Missing or wrong bearer token"),
                @OpenApiResponse(status = "403", description = "No REGIOGRAAF_ADMIN_TOKEN configured")
            })
    public void export(Context ctx) {
        access.requireAdmin(ctx);
        byte[] zip = repository.exportZip();
        ctx.contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"regiograaf-export-" + LocalDate.now() + ".zip\"")
                .header("Cache-Control", "no-store")
                .result(zip);
    }
}
