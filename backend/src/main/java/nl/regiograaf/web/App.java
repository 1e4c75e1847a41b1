package nl.regiograaf.web;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.openapi.plugin.redoc.ReDocPlugin;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.UserImport;
import nl.regiograaf.repo.ReferenceRepository;
import nl.regiograaf.repo.SupportRepository;
import nl.regiograaf.web.controller.ImportController;
import nl.regiograaf.web.controller.ReferenceController;
import nl.regiograaf.web.controller.SupportController;
import nl.regiograaf.web.error.Problems;

/** Builds the Javalin app from its dependencies; every route is declared here. */
public final class App {

    public static final String OPENAPI_PATH = "/openapi.json";
    public static final String API_DOCS_PATH = "/api-docs";

    private App() {
    }

    public static Javalin create(AppConfig config, GraphClient graph, DataVersion dataVersion) {
        VersionedCache cache = new VersionedCache(dataVersion);
        ReferenceController reference = new ReferenceController(new ReferenceRepository(graph));
        SupportController support = new SupportController(new SupportRepository(graph), cache);
        ImportController imports = new ImportController(new UserImport(graph, dataVersion), config.adminToken());

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson().updateMapper(m -> m.findAndRegisterModules()));
            cfg.http.maxRequestSize = 20L * 1024 * 1024;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            cfg.registerPlugin(new OpenApiPlugin(openapi -> openapi
                    .withDocumentationPath(OPENAPI_PATH)
                    .withDefinitionConfiguration((version, definition) -> definition
                            .withInfo(info -> {
                                info.setTitle("Regiograaf API");
                                info.setVersion("0.1");
                                info.setDescription("The regional collaboration network in Dutch health and social care");
                            }))));
            cfg.registerPlugin(new ReDocPlugin(redoc -> {
                redoc.setUiPath(API_DOCS_PATH);
                redoc.setDocumentationPath(OPENAPI_PATH);
            }));
            cfg.router.apiBuilder(() -> path("api", () -> {
                get("health", reference::health);
                get("divisions", reference::divisions);
                get("municipalities", reference::municipalities);
                get("municipalities/{code}", reference::municipality);
                get("regions", reference::regions);
                get("regions/{kind}/{code}", reference::region);
                get("sources", reference::sources);
                get("geometry/municipalities", reference::geometry);
                get("datasets", support::datasets);
                delete("datasets/{id}", imports::deleteDataset);
                get("support-points", support::supportPoints);
                get("coverage", support::coverage);
                get("ketenaanpakken/coverage", support::ketenaanpakCoverage);
                post("import/support-points", imports::supportPoints);
                post("import/ketenaanpakken", imports::ketenaanpakken);
            }));
        });
        Problems.register(app);
        return app;
    }
}
