package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import java.util.Locale;
import java.util.function.LongSupplier;
import nl.regiograaf.model.Api;
import nl.regiograaf.server.StartupState;
import nl.regiograaf.web.error.Problems;

/** {@code /api/health}: UP, DOWN (Neo4j unreachable) or STARTING with the start phase, for probes and the page. */
public final class HealthController {

    private final StartupState startup;
    private final LongSupplier municipalityCount;

    public HealthController(StartupState startup, LongSupplier municipalityCount) {
        this.startup = startup;
        this.municipalityCount = municipalityCount;
    }

    @OpenApi(path = "/api/health", methods = HttpMethod.GET, summary = "Liveness of the app and of Neo4j",
            description = "200 UP when ready; 503 STARTING (with the phase neo4j|import and the import step) while the "
                    + "app starts; 503 DOWN when Neo4j cannot be reached.",
            tags = "reference",
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.Health.class)),
                @OpenApiResponse(status = "503", description = "Starting, or Neo4j cannot be reached",
                        content = @OpenApiContent(from = Api.Health.class))
            })
    public void health(Context ctx) {
        if (!startup.ready()) {
            ctx.header("Retry-After", "1");
            ctx.status(503).json(Api.Health.starting(startup.phase().name().toLowerCase(Locale.ROOT),
                    startup.currentStep(), startup.stepNumber(), startup.stepsTotal(), startup.millisSinceStart()));
            return;
        }
        try {
            ctx.json(Api.Health.up(municipalityCount.getAsLong()));
        } catch (RuntimeException e) {
            ctx.header("Retry-After", Problems.RETRY_AFTER_SECONDS);
            ctx.status(503).json(Api.Health.down());
        }
    }
}
