package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import java.util.List;
import io.javalin.http.Handler;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import nl.regiograaf.analysis.Edition;
import nl.regiograaf.analysis.EditionService;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.EditionRef;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.model.Editions;
import nl.regiograaf.web.CachedJson;
import nl.regiograaf.web.error.ApiException;

/**
 * Editions of the divisions: the list, the diff of two editions, a municipality's history, and KIND@YEAR for the
 * overlaps, the partition check and the region list (a request naming only current divisions goes on to the handler
 * it wraps, unchanged).
 */
public final class EditionController {

    private final EditionService editions;
    private final DivisionCatalog catalog;
    private final ScenarioService scenarios;

    public EditionController(EditionService editions) {
        this(editions, null, null);
    }

    /**
     * {@code catalog}: lets a diff name an own division on one side; {@code scenarios}: lets a diff compare a base
     * with the scenario its moves make of it ({@code from=ZK&moves=…}).
     */
    public EditionController(EditionService editions, DivisionCatalog catalog, ScenarioService scenarios) {
        this.editions = editions;
        this.catalog = catalog;
        this.scenarios = scenarios;
    }

    @OpenApi(path = "/api/editions", methods = HttpMethod.GET, tags = "editions",
            summary = "Every edition of every division: the current one (GGD) and the older ones (GGD@2020), each on its own municipality set",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Editions.Info[].class)))
    public void list(Context ctx) {
        CachedJson.sendNational(ctx, editions.cache(), "editions", editions::editions);
    }

    @OpenApi(path = "/api/divisions/diff", methods = HttpMethod.GET, tags = "editions",
            summary = "What changed in a division between two editions: renamed, moved, merged and split regions, municipal events",
            description = "Regions are matched by their members after the crosswalk (the municipal events between the two "
                    + "editions' set dates), never by name. from must be the older edition of the same division.",
            queryParams = {
                @OpenApiParam(name = "from", required = true, description = "the older edition, e.g. GGD@2020; or a current or own division", example = "GGD@2020"),
                @OpenApiParam(name = "to", description = "the newer edition, e.g. GGD (current); or an own division (e.g. from=GGD&to=JEUGD); "
                        + "required unless moves is given", example = "GGD"),
                @OpenApiParam(name = "moves", description = "instead of to: a scenario of from (a current or own division), "
                        + "moves as in /api/scenarios/check (municipality:region[:name], comma separated; region empty: out of every region)",
                        example = "GM0034:ZK07")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Editions.Diff.class)),
                @OpenApiResponse(status = "400", description = "Missing or malformed edition, from equal to to, two divisions, "
                        + "or from newer than to"),
                @OpenApiResponse(status = "404", description = "Unknown edition (the problem lists the editions that exist)")
            })
    public void diff(Context ctx) {
        if (ctx.queryParam("moves") != null && scenarios != null) {
            scenarioDiff(ctx);
            return;
        }
        Edition from = diffSide(ctx, "from");
        Edition to = diffSide(ctx, "to");
        if (from.id().equals(to.id())) {
            throw ApiException.badRequest("to", "Parameters 'from' and 'to' must name two different editions; both are "
                    + from.id() + ".");
        }
        boolean own = DivisionKind.parse(from.kind()).isEmpty() || DivisionKind.parse(to.kind()).isEmpty();
        // an own division may be compared with any current division (its regions are matched by members, not names)
        if (!own && !from.kind().equals(to.kind())) {
            throw ApiException.badRequest("to", "A diff compares two editions of one division; 'from' is " + from.kind()
                    + ", 'to' is " + to.kind() + ".");
        }
        if (from.setDate().compareTo(to.setDate()) > 0) {
            throw ApiException.badRequest("to", "'to' (" + to.id() + ", municipality set of " + to.setDate()
                    + ") is older than 'from' (" + from.id() + ", " + from.setDate() + "); name the older edition in 'from'.");
        }
        CachedJson.sendNational(ctx, editions.cache(), "diff:" + from.id() + ":" + to.id(), () -> editions.diff(from, to));
    }

    @OpenApi(path = "/api/municipalities/{code}/history", methods = HttpMethod.GET, tags = "editions",
            summary = "A municipality's predecessors (municipal events) and the regions it or they belonged to in every older edition",
            pathParams = @OpenApiParam(name = "code", required = true, description = "CBS code, e.g. GM0363"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Editions.History.class)),
                @OpenApiResponse(status = "404", description = "Unknown code")
            })
    public void history(Context ctx) {
        String code = Params.code(ctx, "code");
        String name = editions.municipalityName(code).orElseThrow(() ->
                ApiException.notFound("code", "No municipality with code '" + Params.clip(code) + "'."));
        CachedJson.sendNational(ctx, editions.cache(), "history:" + code, () -> editions.history(code, name));
    }

    /** /api/overlaps with KIND@YEAR in a or b; both current: {@code current}. Older editions are carried to the current set. */
    public Handler overlaps(Handler current) {
        return ctx -> {
            // Without KIND@YEAR on either side (also an own division): the current handler checks the kinds
            if (!edition(ctx.queryParam("a")) && !edition(ctx.queryParam("b"))) {
                current.handle(ctx);
                return;
            }
            EditionRef a = EditionRef.parse("a", ctx.queryParam("a"));
            EditionRef b = EditionRef.parse("b", ctx.queryParam("b"));
            if (a.current() && b.current()) {
                current.handle(ctx);
                return;
            }
            if (a.equals(b)) {
                throw ApiException.badRequest("b", "Parameters 'a' and 'b' must name two different editions; both are " + a + ".");
            }
            Edition ea = require("a", a);
            Edition eb = require("b", b);
            CachedJson.sendNational(ctx, editions.cache(), "overlap:" + ea.id() + ":" + eb.id(), () -> editions.overlap(ea, eb));
        };
    }

    /** /api/partition-check?kind=KIND@YEAR: the check of an older edition on its own municipality set. */
    public Handler partitionCheck(Handler current) {
        return ctx -> {
            String kind = ctx.queryParam("kind");
            if (!edition(kind) || EditionRef.parse("kind", kind).current()) {
                current.handle(ctx);
                return;
            }
            Edition edition = require("kind", EditionRef.parse("kind", kind));
            CachedJson.sendNational(ctx, editions.cache(), "partition:" + edition.id(), () -> editions.partitionCheck(edition));
        };
    }

    /** /api/regions?kind=KIND@YEAR: the regions of an older edition. */
    public Handler regions(Handler current) {
        return ctx -> {
            if (!edition(ctx.queryParam("kind"))) {
                current.handle(ctx);
                return;
            }
            EditionRef ref = EditionRef.parse("kind", ctx.queryParam("kind"));
            if (ref.current()) {
                current.handle(ctx);
                return;
            }
            Edition edition = require("kind", ref);
            CachedJson.sendNational(ctx, editions.cache(), "regions:" + edition.id(), () -> editions.regions(edition));
        };
    }

    /** A base (current or own division) against the scenario its moves make of it; nothing is stored or cached. */
    private void scenarioDiff(Context ctx) {
        if (ctx.queryParam("to") != null) {
            throw ApiException.badRequest("to", "Give either 'to' or 'moves': with 'moves' the diff compares 'from' with "
                    + "the scenario the moves make of it.");
        }
        Edition from = diffSide(ctx, "from");
        if (!from.current()) {
            throw ApiException.badRequest("from", "Moves apply to a current or own division, not to the older edition "
                    + from.id() + ".");
        }
        List<ScenarioService.GivenMove> moves = ScenarioController.queryMoves(ctx.queryParam("moves"));
        ScenarioService.Applied applied;
        try {
            applied = scenarios.applyMoves(ctx.queryParam("from"), moves);
        } catch (ScenarioService.Rejected e) {
            throw new ApiException(400, "Bad request", e.getMessage(), "base".equals(e.parameter()) ? "from" : e.parameter(),
                    e.errors());
        }
        Edition scenario = editions.scenario(from.id() + "+scenario", from.kind(), applied.scenario());
        ctx.json(editions.diffUncached(from, scenario));
    }

    /** A side of a diff: an own division (current only), or an edition of a national division (KIND or KIND@YEAR). */
    private Edition diffSide(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        if (catalog != null && !edition(value) && value != null) {
            java.util.Optional<DivisionKey> key = catalog.resolve(value);
            if (key.isPresent() && !key.get().national()) {
                return editions.own(key.get());
            }
        }
        return require(parameter, EditionRef.parse(parameter, value));
    }

    /** Whether a parameter names an edition (KIND@YEAR); anything else is for the current handler to check. */
    private static boolean edition(String value) {
        return value != null && value.contains("@");
    }

    private Edition require(String parameter, EditionRef ref) {
        return editions.edition(ref).orElseThrow(() -> ApiException.notFound(parameter, "No edition '" + ref
                + "' in parameter '" + parameter + "'; the editions are " + String.join(", ", editions.editionIds()) + "."));
    }
}
