package nl.regiograaf.web.controller;

import nl.regiograaf.web.CachedJson;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.Locale;
import nl.regiograaf.analysis.AnalysisService;
import nl.regiograaf.importer.Names;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.web.error.ApiException;

/** Thin handlers for the analyses: overlaps, partition check, network graph, search. */
public final class AnalysisController {

    /** Set to {@code true} on a search answer cut at {@link AnalysisService#SEARCH_LIMIT} hits. */
    public static final String TRUNCATED_HEADER = "X-Truncated";
    static final int SEARCH_MIN_LENGTH = 2;
    static final int SEARCH_MAX_LENGTH = 100;

    private final AnalysisService analyses;
    private final DivisionCatalog catalog;

    public AnalysisController(AnalysisService analyses, DivisionCatalog catalog) {
        this.analyses = analyses;
        this.catalog = catalog;
    }

    @OpenApi(path = "/api/overlaps", methods = HttpMethod.GET, tags = "analysis",
            summary = "How the regions of division a overlap with those of division b, by population",
            description = "Every pair of regions (a, b) sharing municipalities, with the population shares; every region of "
                    + "both sides with the number of regions it touches and whether it is congruent (all its municipalities "
                    + "in one region of the other side). congruence = sum over A-regions of the population in their largest "
                    + "intersection / sum of the A-regions' populations (1.0: A nests in B). A municipality in two regions "
                    + "of one division appears in every intersection it belongs to, with multiple=true. a and b must differ.",
            queryParams = {
                @OpenApiParam(name = "a", required = true, description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division", example = "GGD"),
                @OpenApiParam(name = "b", required = true, description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division; not equal to a",
                        example = "ZK")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Analysis.Overlap.class)),
                @OpenApiResponse(status = "400",
                        description = "Missing or unknown kind, or a equal to b (problem+json naming the parameter)")
            })
    public void overlaps(Context ctx) {
        DivisionKey a = Params.queryDivision(catalog, ctx, "a");
        DivisionKey b = Params.queryDivision(catalog, ctx, "b");
        if (a.code().equals(b.code())) {
            throw ApiException.badRequest("b", "Parameters 'a' and 'b' must name two different divisions; both are " + a + ".");
        }
        CachedJson.sendNational(ctx, analyses.cache(), "overlap:" + a + ":" + b, () -> analyses.overlap(a, b));
    }

    @OpenApi(path = "/api/overlaps/ggd", methods = HttpMethod.GET, tags = "analysis",
            summary = "For every GGD region: the IZA, ZK, VR and ROAZ regions it touches, with the municipalities in each",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Analysis.GgdOverview.class)))
    public void ggdOverlaps(Context ctx) {
        CachedJson.sendNational(ctx, analyses.cache(), "overlap-ggd", analyses::ggdOverview);
    }

    @OpenApi(path = "/api/partition-check", methods = HttpMethod.GET, tags = "analysis",
            summary = "Is a division landsdekkend en sluitend: unassigned, doubly assigned and fragmented municipalities",
            description = "With kind: one check. Without kind: an array with the check of every division. A region is "
                    + "fragmented when its members are not one connected piece over BORDERS; every contact type counts "
                    + "(boundary: shared boundary incl. inland water; point: corners touch; water: a link across the sea for "
                    + "land cut off by it: the Wadden islands, Zeeuws-Vlaanderen). unknownMembership counts memberships no "
                    + "source states: without a source or with evidence level C (C_derived_from_sourced_lists+sumcheck, "
                    + "IZA). ok is true only when unassigned, multiplyAssigned and fragmented are all empty.",
            queryParams = @OpenApiParam(name = "kind", description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division; omit for all"),
            responses = {
                @OpenApiResponse(status = "200", description = "One check, or an array of checks without kind",
                        content = @OpenApiContent(from = Analysis.PartitionCheck.class)),
                @OpenApiResponse(status = "400", description = "Unknown kind")
            })
    public void partitionCheck(Context ctx) {
        String kind = ctx.queryParam("kind");
        if (kind == null) {
            CachedJson.sendNational(ctx, analyses.cache(), "partition-checks", analyses::partitionChecks);
        } else {
            DivisionKey checked = Params.division(catalog, "kind", kind);
            CachedJson.sendNational(ctx, analyses.cache(), "partition-check:" + checked, () -> analyses.partitionCheck(checked));
        }
    }

    @OpenApi(path = "/api/graph", methods = HttpMethod.GET, tags = "analysis",
            summary = "The network around a municipality or region, for drawing",
            description = "Nodes within depth steps of the focus over MEMBER_OF, BORDERS, TRAUMA_CENTRE_FOR, HOLDS_CONCESSION "
                    + "and MANDAATGEMEENTE, and for an IZA/AZWA region its werkstructuur roles: WORKS_WITH_GGD (GGD regions "
                    + "sharing members), ZORGKANTOOR (the concession holders of the zorgkantoor regions sharing members), "
                    + "PREFERRED_INSURER (an imported preferente zorgverzekeraar). Every region shown brings what describes "
                    + "it (these links); links are all relationships among the nodes shown. At most "
                    + AnalysisService.GRAPH_MAX_NODES + " nodes (truncated=true when cut).",
            queryParams = {
                @OpenApiParam(name = "focus", required = true,
                        description = "Municipality or region code, e.g. GM0363, GG2209, ROAZ-AZNN"),
                @OpenApiParam(name = "depth", type = Integer.class, description = "1 (default) or 2")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Analysis.Graph.class)),
                @OpenApiResponse(status = "400", description = "Missing focus, or depth not 1 or 2"),
                @OpenApiResponse(status = "404", description = "No municipality or region with that code")
            })
    public void graph(Context ctx) {
        String focusParam = ctx.queryParam("focus");
        if (focusParam == null || focusParam.isBlank()) {
            throw ApiException.badRequest("focus", "Parameter 'focus' is required: a municipality or region code, e.g. GM0363.");
        }
        int depth = depth(ctx.queryParam("depth"));
        String focus = focusParam.strip().toUpperCase(Locale.ROOT);
        if (analyses.graphFocus(focus).isEmpty()) {
            throw ApiException.notFound("focus", "No municipality or region with code '" + Params.clip(focus) + "'.");
        }
        CachedJson.send(ctx, analyses.cache(), "graph:" + focus + ":" + depth, () -> analyses.graph(focus, depth));
    }

    @OpenApi(path = "/api/search", methods = HttpMethod.GET, tags = "analysis",
            summary = "Municipalities (by name, alias or code) and regions (by name or code)",
            description = "Case-, diacritics- and punctuation-insensitive: 'sudwest' finds Súdwest-Fryslân, 'den bosch' finds "
                    + "'s-Hertogenbosch through its alias. Exact matches first, then prefixes, then the rest. At most "
                    + AnalysisService.SEARCH_LIMIT + " hits; a cut answer has the header " + TRUNCATED_HEADER + ": true.",
            queryParams = @OpenApiParam(name = "q", required = true, description = "At least 2 letters or digits", example = "sudwest"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Analysis.SearchHit[].class)),
                @OpenApiResponse(status = "400", description = "Missing, too short or too long q")
            })
    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q", "Parameter 'q' is required: at least " + SEARCH_MIN_LENGTH + " letters or digits.");
        }
        if (q.length() > SEARCH_MAX_LENGTH) {
            throw ApiException.badRequest("q", "Parameter 'q' is longer than " + SEARCH_MAX_LENGTH + " characters.");
        }
        String key = Names.normalize(q);
        if (key.length() < SEARCH_MIN_LENGTH) {
            throw ApiException.badRequest("q", "Parameter 'q' needs at least " + SEARCH_MIN_LENGTH + " letters or digits.");
        }
        nl.regiograaf.analysis.SearchIndex.Result result = analyses.search(key, q.strip().toLowerCase(Locale.ROOT));
        ctx.header(TRUNCATED_HEADER, Boolean.toString(result.truncated()));
        ctx.json(result.hits());
    }

    private static int depth(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int depth = Integer.parseInt(value.strip());
            if (depth >= 1 && depth <= 2) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw ApiException.badRequest("depth", "Parameter 'depth' must be 1 or 2, got '" + Params.clip(value) + "'.");
    }
}
