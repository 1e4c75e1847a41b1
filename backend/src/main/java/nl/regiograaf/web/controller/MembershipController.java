package nl.regiograaf.web.controller;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import nl.regiograaf.db.VersionedCache;
import java.util.List;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.model.MunicipalityMemberships;
import nl.regiograaf.repo.MembershipRepository;

/** The membership table (municipality → region codes per division) that the web map colours by. */
public final class MembershipController {

    private final MembershipRepository repository;
    private final VersionedCache cache;
    private final DivisionCatalog catalog;

    public MembershipController(MembershipRepository repository, VersionedCache cache, DivisionCatalog catalog) {
        this.repository = repository;
        this.cache = cache;
        this.catalog = catalog;
    }

    @OpenApi(path = "/api/memberships", methods = HttpMethod.GET, tags = "reference",
            summary = "Every municipality with its region codes per division (all divisions, or one with ?kind=)",
            queryParams = @OpenApiParam(name = "kind", description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division; omitted: all"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = MunicipalityMemberships[].class)),
                @OpenApiResponse(status = "400", description = "Unknown kind")
            })
    public void memberships(Context ctx) {
        String raw = ctx.queryParam("kind");
        DivisionKey kind = raw == null ? null : Params.division(catalog, "kind", raw);
        String key = "memberships:" + (kind == null ? "ALL" : kind.code());
        // Serialized and gzipped once per national version (Jackson on every request held it at a quarter of the floor)
        nl.regiograaf.web.CachedJson.sendNational(ctx, cache, key, () -> repository.memberships(
                kind == null ? catalog.all().stream().map(DivisionKey::code).toList() : List.of(kind.code()), kind == null));
    }
}
