package nl.regiograaf.web.controller;

import nl.regiograaf.web.CachedJson;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiograaf.analysis.KetenaanpakGaps;
import nl.regiograaf.analysis.SupportCoverage;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.Ketenaanpakken;
import nl.regiograaf.importer.SupportPointKinds;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.SupportRepository;

/**
 * Support points, coverage of the steunpunten network and ketenaanpak gaps. Every answer names its datasets and
 * says whether demo data is in it; {@code demo=false} restricts it to real (and user-imported) data. Analyses
 * are computed once per data version.
 */
public final class SupportController {

    private final SupportRepository repository;
    private final VersionedCache cache;
    private final DivisionCatalog divisions;

    public SupportController(SupportRepository repository, VersionedCache cache, DivisionCatalog divisions) {
        this.repository = repository;
        this.cache = cache;
        this.divisions = divisions;
    }

    @OpenApi(path = "/api/datasets", methods = HttpMethod.GET, tags = "support",
            summary = "Every dataset: national reference data, real partial data, DEMO data, user imports; with demo flag, version and stated scope",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.Dataset[].class)))
    public void datasets(Context ctx) {
        ctx.json(repository.datasets());
    }

    @OpenApi(path = "/api/support-points", methods = HttpMethod.GET, tags = "support",
            summary = "Support points (steunpunten, zelfregiecentra, inloophuizen, …) with their position and dataset",
            queryParams = {
                @OpenApiParam(name = "kind", description = "one or more kinds, comma separated: steunpunt, zelfregiecentrum, "
                        + "mentaal-gezondheidscentrum, inloophuis, herstelacademie, respijthuis; default all"),
                @OpenApiParam(name = "demo", description = "false: real data only; default true (demo data included, and the answer says so)")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.SupportPoints.class)),
                @OpenApiResponse(status = "400", description = "Unknown kind or bad demo value")
            })
    public void supportPoints(Context ctx) {
        List<String> kinds = SupportParams.kinds(ctx);
        boolean demo = SupportParams.includeDemo(ctx);
        List<String> shown = kinds == null ? List.copyOf(SupportPointKinds.get().kinds()) : kinds;
        // Serialized and kept by its size: the answer holds every point, and each set of kinds is its own key.
        CachedJson.send(ctx, cache, "support-points|" + kinds + "|" + demo, () -> repository.points(kinds, demo, shown));
    }

    @OpenApi(path = "/api/coverage", methods = HttpMethod.GET, tags = "support",
            summary = "Coverage of the support-point network by distance (reach within radiusKm) or by the AZWA norm (at least one laagdrempelig steunpunt per gemeente): per municipality, per region, the gaps and the points left out",
            description = "criterion=distance (default): a municipality is covered when the nearest point lies within "
                    + "radiusKm, the great-circle distance from its representative point (the lat/lon of "
                    + "/api/municipalities). criterion=municipality: covered when at least one point lies in the "
                    + "municipality itself; without kind it counts the kinds that are a laagdrempelig steunpunt "
                    + "(norm.kinds, from data/nl/lsp_kinds.csv). Planned-only points and points without a municipality "
                    + "are not used; they and the kinds that do not count are listed in 'excluded'.",
            queryParams = {
                @OpenApiParam(name = "criterion", description = "distance (default) or municipality (the AZWA norm)"),
                @OpenApiParam(name = "radiusKm", description = "positive number up to 100, rounded to 0.1 km (the answer's radiusKm is the rounded value); default 10; distance criterion only"),
                @OpenApiParam(name = "kind", description = "kinds, comma separated; default all (distance) or the LSP kinds (municipality)"),
                @OpenApiParam(name = "by", description = "division: GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division's kind; default IZA"),
                @OpenApiParam(name = "demo", description = "false: real data only; default true")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.Coverage.class)),
                @OpenApiResponse(status = "400", description = "Bad criterion, radiusKm, kind, by or demo")
            })
    public void coverage(Context ctx) {
        SupportCoverage.Criterion criterion = SupportParams.criterion(ctx);
        double radius = SupportParams.radiusKm(ctx);
        List<String> kinds = SupportParams.kinds(ctx);
        DivisionKey by = SupportParams.by(ctx, divisions);
        boolean demo = SupportParams.includeDemo(ctx);
        String kindParameter = kinds == null ? null : String.join(",", kinds);
        String reach = criterion == SupportCoverage.Criterion.DISTANCE ? "|" + radius : "";
        CachedJson.send(ctx, cache, "coverage|" + criterion.code() + reach + "|" + kinds + "|" + by + "|" + demo,
                () -> SupportCoverage.fromGraph(repository, criterion, radius, kindParameter, kinds, by, demo));
    }

    @OpenApi(path = "/api/ketenaanpakken/coverage", methods = HttpMethod.GET, tags = "support",
            summary = "Ketenaanpak participation per region × ketenaanpak: municipalities and population taking part, share, regions where a ketenaanpak is absent, region-level-only evidence",
            queryParams = {
                @OpenApiParam(name = "by", description = "division: GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division's kind; default IZA"),
                @OpenApiParam(name = "ketenaanpak", description = "one of kansrijke-start, valpreventie, overgewicht-kinderen, gli, welzijn-op-recept; default all"),
                @OpenApiParam(name = "demo", description = "false: real data only; default true")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = SupportApi.KetenaanpakCoverage.class)),
                @OpenApiResponse(status = "400", description = "Bad by, ketenaanpak or demo")
            })
    public void ketenaanpakCoverage(Context ctx) {
        DivisionKey by = SupportParams.by(ctx, divisions);
        String only = SupportParams.ketenaanpak(ctx);
        boolean demo = SupportParams.includeDemo(ctx);
        CachedJson.send(ctx, cache, "ketenaanpakken|" + by + "|" + only + "|" + demo, () -> {
            List<SupportApi.Ketenaanpak> ketenaanpakken = Ketenaanpakken.ALL.stream()
                    .filter(k -> only == null || only.equals(k.code()))
                    .map(k -> new SupportApi.Ketenaanpak(k.code(), k.name())).toList();
            List<SupportRepository.RegionalStatement> statements = repository.regionalStatements(demo);
            // Statements may stand on a region of another division: that division is read too (in the same query).
            Set<DivisionKind> kinds = statements.stream().filter(SupportRepository.RegionalStatement::onRegion)
                    .flatMap(s -> DivisionKind.parse(s.regionKind()).stream())
                    .collect(Collectors.toCollection(HashSet::new));
            by.nationalKind().ifPresent(kinds::add);
            Map<String, List<String>> stated = repository.membersOf(kinds);
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> members = repository.members(by, names);
            List<SupportApi.DatasetRef> datasets = repository.datasets(DatasetWriter.Spec.KETENAANPAKKEN, demo);
            return KetenaanpakGaps.compute(by.code(), ketenaanpakken, datasets,
                    datasets.stream().anyMatch(SupportApi.DatasetRef::demo), repository.municipalities(), members, names,
                    repository.municipalParticipation(demo), statements,
                    code -> stated.getOrDefault(code, List.of()));
        });
    }
}
