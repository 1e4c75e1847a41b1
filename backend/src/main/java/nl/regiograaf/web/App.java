package nl.regiograaf.web;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import java.util.function.BooleanSupplier;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import nl.regiograaf.analysis.AnalysisService;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.NationalRows;
import nl.regiograaf.repo.ReferenceRepository;
import nl.regiograaf.web.controller.AnalysisController;
import nl.regiograaf.repo.MembershipRepository;
import nl.regiograaf.web.controller.MembershipController;
import nl.regiograaf.importer.UserImport;
import nl.regiograaf.repo.SupportRepository;
import nl.regiograaf.web.controller.ImportController;
import nl.regiograaf.web.controller.ExportController;
import nl.regiograaf.repo.ExportRepository;
import nl.regiograaf.web.controller.ReferenceController;
import nl.regiograaf.web.controller.HealthController;
import nl.regiograaf.server.StartupState;
import nl.regiograaf.web.controller.SupportController;
import nl.regiograaf.web.controller.ScenarioController;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.importer.MunicipalityIndex;
import nl.regiograaf.web.error.Problems;
import nl.regiograaf.analysis.EditionService;
import nl.regiograaf.repo.EditionRepository;
import nl.regiograaf.web.controller.EditionController;
import java.time.LocalDate;
import nl.regiograaf.importer.WerkstructuurImport;
import nl.regiograaf.repo.WerkstructuurRepository;
import nl.regiograaf.web.controller.WerkstructuurController;

/** Builds the Javalin app from its dependencies; every route is declared here. */
public final class App {

    /**
     * Javalin logs each static-file handler with its settings, and the toString of its default skip function (a
     * Kotlin lambda) loads all of kotlin-reflect: about 900 classes, most of a second before the port opens. A Java
     * lambda prints plainly.
     */
    private static final kotlin.jvm.functions.Function1<jakarta.servlet.http.HttpServletRequest, Boolean> SKIP_NO_FILE =
            request -> false;


    public static final String OPENAPI_PATH = "/openapi.json";
    public static final String API_DOCS_PATH = "/api-docs";
    private static final byte[] INDEX_HTML = classpathBytes("web/index.html");

    private App() {
    }

    public static Javalin create(AppConfig config, GraphClient graph, DataVersion dataVersion) {
        return create(config, graph, dataVersion, () -> true);
    }

    /** {@code ready} tells whether schema and startup imports are done; until then data answers are 503. */
    public static Javalin create(AppConfig config, GraphClient graph, DataVersion dataVersion, BooleanSupplier ready) {
        return create(config, graph, dataVersion, StartupState.following(ready));
    }

    /** Until {@code startup} is ready, /api/health says STARTING with its phase and every other API route is 503. */
    public static Javalin create(AppConfig config, GraphClient graph, DataVersion dataVersion, StartupState startup) {
        VersionedCache cache = new VersionedCache(dataVersion);
        // The national divisions and the own ones users imported: every kind parameter is resolved here
        DivisionCatalog divisions = new DivisionCatalog(graph, cache);
        ReferenceController reference = new ReferenceController(new ReferenceRepository(graph), cache, divisions);
        HealthController health = new HealthController(startup, reference::municipalityCount);
        AnalysisRepository analysisRows = new AnalysisRepository(graph);
        NationalRows nationalRows = new NationalRows(analysisRows, cache);
        AnalysisService analysisService = new AnalysisService(analysisRows, nationalRows, divisions);
        AnalysisController analysis = new AnalysisController(analysisService, divisions);
        MembershipController memberships = new MembershipController(new MembershipRepository(graph), cache, divisions);
        SupportController support = new SupportController(new SupportRepository(graph, nationalRows), cache, divisions);
        WriteAccess writeAccess = new WriteAccess(config.adminToken());
        ImportController imports = new ImportController(new UserImport(graph, dataVersion));
        ExportController export = new ExportController(new ExportRepository(graph), writeAccess);
        // What-if checks of proposed divisions: in memory over the rows, overlaps and adjacency cached per national version.
        ScenarioService scenarioService = new ScenarioService(analysisService, nationalRows,
                () -> cache.getNational("municipality-index", () -> MunicipalityIndex.load(graph)));
        ScenarioController scenarios = new ScenarioController(scenarioService);
        EditionController editions = new EditionController(new EditionService(new EditionRepository(graph), nationalRows),
                divisions, scenarioService);
        WerkstructuurController werkstructuur = new WerkstructuurController(new WerkstructuurRepository(graph),
                new WerkstructuurImport(graph, dataVersion), cache, LocalDate::now);

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            // Not Javalin's default mapper: it registers Jackson's Kotlin module when the OpenAPI plugin brings it along,
            // whose kotlin-reflect (1,260 classes) made the first JSON answer of a start take ~0.4 s; we serialize records.
            cfg.jsonMapper(new JavalinJackson(new com.fasterxml.jackson.databind.ObjectMapper()
                    .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()), false));
            cfg.http.maxRequestSize = BodyLimit.MAX_BYTES;
            // Jetty's own refusals (URI too long, bad path encoding) as problem+json, not HTML
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new nl.regiograaf.web.error.JettyProblems()));
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new nl.regiograaf.web.error.JettyProblems()));
            // Static files are compressed once and kept in memory (precompress), with an ETag for 304s. The page's own
            // files have unversioned paths, so browsers revalidate them (no-cache); the WebJars' paths carry their
            // version (/webjars/<name>/<version>/...), so they may be kept for a year.
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.precompress = true;
                sf.headers = java.util.Map.of("Cache-Control", "no-cache");
                sf.skipFileFunction = SKIP_NO_FILE;
            });
            // WebJars, as enableWebjars() adds them (a year's max-age: their paths carry the version)
            cfg.staticFiles.add(sf -> {
                sf.directory = "META-INF/resources/webjars";
                sf.headers = java.util.Map.of("Cache-Control", "max-age=31622400");
                sf.skipFileFunction = SKIP_NO_FILE;
            });
            cfg.registerPlugin(new OpenApiPlugin(openapi -> openapi
                    .withDocumentationPath(OPENAPI_PATH)
                    .withDefinitionConfiguration((version, definition) -> definition
                            .withInfo(info -> {
                                info.setTitle("Regiograaf API");
                                info.setVersion("0.1");
                                info.setDescription("The regional collaboration network in Dutch health and social care");
                            }))));
            // CORS stays off unless an allow-list is configured.
            if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
            }
            cfg.router.apiBuilder(() -> {
                get(API_DOCS_PATH, ctx -> ctx.redirect("/api-docs.html"));
                // The precompressing static handler serves files, not a directory's index page
                get("/", ctx -> ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(INDEX_HTML));
            });
            cfg.router.apiBuilder(() -> path("api", () -> {
                get("health", health::health);
                get("divisions", reference::divisions);
                get("municipalities", reference::municipalities);
                get("municipalities/{code}", reference::municipality);
                get("regions", editions.regions(reference::regions));
                get("regions/{kind}/{code}", reference::region);
                get("sources", reference::sources);
                get("geometry/municipalities", reference::geometry);
                get("overlaps", editions.overlaps(analysis::overlaps));
                get("overlaps/ggd", analysis::ggdOverlaps);
                get("partition-check", editions.partitionCheck(analysis::partitionCheck));
                get("graph", analysis::graph);
                get("search", analysis::search);
                get("memberships", memberships::memberships);
                get("datasets", support::datasets);
                delete("datasets/{id}", imports::deleteDataset);
                get("support-points", support::supportPoints);
                get("coverage", support::coverage);
                get("ketenaanpakken/coverage", support::ketenaanpakCoverage);
                post("import/support-points", imports::supportPoints);
                post("import/ketenaanpakken", imports::ketenaanpakken);
                // Own divisions (issue 15 part 2): stored under their own kind, removed with DELETE /api/datasets/{id}
                post("import/divisions", imports::divisions);
                get("export", export::export);
                // Scenarios (issue 15): read-only checks of a proposed division; the POST is open (WriteAccess.READ_ONLY_POSTS)
                get("scenarios/check", scenarios::checkGet);
                post("scenarios/check", scenarios::checkPost);
                // Editions and change over time (KIND@YEAR is also taken by regions, overlaps and partition-check above)
                get("editions", editions::list);
                get("divisions/diff", editions::diff);
                get("municipalities/{code}/history", editions::history);
                // Werkstructuur, venster op de samenwerking and SPUK budget check (issue 17)
                get("checks/spuk", werkstructuur::spukCheck);
                get("werkstructuur", werkstructuur::werkstructuur);
                get("werkstructuur/{region}", werkstructuur::region);
                get("venster", werkstructuur::venster);
                post("import/werkstructuur", werkstructuur::importWerkstructuur);
                delete("import/werkstructuur", werkstructuur::deleteWerkstructuur);
                post("import/venster", werkstructuur::importVenster);
                delete("import/venster", werkstructuur::deleteVenster);
            }));
        });
        answerHeadAsGet(app);
        app.before(SecurityHeaders::apply);
        // The OpenAPI plugin sends 'Access-Control-Allow-Origin: *' itself; only the configured origins may read it.
        app.after(OPENAPI_PATH, ctx -> {
            String origin = ctx.header("Origin");
            boolean allowed = origin != null && config.corsOrigins().contains(origin);
            ctx.res().setHeader("Access-Control-Allow-Origin", allowed ? origin : null);
            if (!allowed) {
                ctx.res().setHeader("Access-Control-Allow-Methods", null);
            }
        });
        // Every non-GET/HEAD/OPTIONS request needs the admin token, whatever route it is for (WriteAccess).
        app.before(writeAccess::guard);
        app.before("/api/*", ctx -> {
            if (!startup.ready() && !ctx.path().equals("/api/health")) {
                throw new ServiceUnavailableException(Problems.STARTING);
            }
        });
        Problems.register(app);
        return app;
    }

    /**
     * HEAD answers what GET would. Left alone, Javalin answers a HEAD to a GET route with a bare 200 without running
     * the handler (so without its parameter checks or the export's admin token); every GET route therefore gets a
     * HEAD route with the same handler, and Jetty sends only the headers. Routes declared above are covered as they
     * are added.
     */
    private static void answerHeadAsGet(Javalin app) {
        app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(io.javalin.router.ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod() == io.javalin.http.HandlerType.GET)
                .toList()
                .forEach(e -> app.head(e.getPath(), e.getHandler()));
    }

    private static byte[] classpathBytes(String path) {
        try (java.io.InputStream in = App.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " on the classpath");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
