package nl.regiograaf.web.controller;

import nl.regiograaf.web.CachedJson;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.ReferenceData;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.ReferenceRepository;
import nl.regiograaf.web.error.ApiException;
import nl.regiograaf.web.error.Problems;

/** Thin handlers over the reference graph: health, divisions, municipalities, regions, sources, geometry. */
public final class ReferenceController {

    private static final String TOPOLOGY = "municipalities_2025.topojson";

    private final ReferenceRepository repository;
    private final VersionedCache cache;
    private final DivisionCatalog catalog;
    private final byte[] geometryGzip;
    private final String geometryEtag;

    public ReferenceController(ReferenceRepository repository, VersionedCache cache, DivisionCatalog catalog) {
        this.repository = repository;
        this.cache = cache;
        this.catalog = catalog;
        byte[] raw = ReferenceData.bytes(TOPOLOGY);
        this.geometryGzip = gzip(raw);
        this.geometryEtag = "\"" + sha256(raw).substring(0, 16) + "\"";
    }

    /** The municipality count, for the health answer (per-version cache: the poller notices a lost Neo4j within 1 s). */
    public long municipalityCount() {
        return cache.get("health", repository::municipalityCount);
    }

    @OpenApi(path = "/api/divisions", methods = HttpMethod.GET, tags = "reference",
            summary = "The divisions (GGD, VR, ZK, ROAZ, IZA, PROVINCE, then the own divisions) with their region counts and reference dates",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.Division[].class)))
    public void divisions(Context ctx) {
        ctx.json(cache.get("divisions", repository::divisions));
    }

    @OpenApi(path = "/api/municipalities", methods = HttpMethod.GET, tags = "reference",
            summary = "All municipalities (2025 set) with population and a representative point",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.MunicipalitySummary[].class)))
    public void municipalities(Context ctx) {
        ctx.json(cache.get("municipalities", repository::municipalities));
    }

    @OpenApi(path = "/api/municipalities/{code}", methods = HttpMethod.GET, tags = "reference",
            summary = "One municipality with all its regions, neighbours, insurer and amounts",
            pathParams = @OpenApiParam(name = "code", description = "CBS code, e.g. GM0034", required = true),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.MunicipalityDetail.class)),
                @OpenApiResponse(status = "404", description = "Unknown code")
            })
    public void municipality(Context ctx) {
        String code = Params.code(ctx, "code");
        var municipality = cache.getPresent("municipality:" + code, () -> repository.municipality(code,
                catalog.own().stream().map(DivisionKey::code).toList())).orElseThrow(() ->
                ApiException.notFound("code", "No municipality with code '" + Params.clip(code) + "'."));
        CachedJson.send(ctx, cache, "municipality:" + code, () -> municipality);
    }

    @OpenApi(path = "/api/regions", methods = HttpMethod.GET, tags = "reference",
            summary = "The regions of one division with member count and population",
            queryParams = @OpenApiParam(name = "kind", required = true, description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division"),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.RegionSummary[].class)),
                @OpenApiResponse(status = "400", description = "Missing or unknown kind")
            })
    public void regions(Context ctx) {
        DivisionKey kind = Params.queryDivision(catalog, ctx, "kind");
        ctx.json(cache.get("regions:" + kind, () -> repository.regions(kind.code())));
    }

    @OpenApi(path = "/api/regions/{kind}/{code}", methods = HttpMethod.GET, tags = "reference",
            summary = "One region: members with their evidence, population, mandaatgemeente and SPUK (IZA), trauma centre (ROAZ), concession holder (ZK)",
            pathParams = {
                @OpenApiParam(name = "kind", required = true, description = "GGD, VR, ZK, ROAZ, IZA, PROVINCE or an own division"),
                @OpenApiParam(name = "code", required = true, description = "Region code, e.g. GG2209, ZK21, IZA-FLEVOLAND")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.RegionDetail.class)),
                @OpenApiResponse(status = "400", description = "Unknown kind"),
                @OpenApiResponse(status = "404", description = "Unknown code")
            })
    public void region(Context ctx) {
        DivisionKey kind = Params.division(catalog, "kind", ctx.pathParam("kind"));
        String code = Params.code(ctx, "code");
        ctx.json(cache.getPresent("region:" + kind + ":" + code, () -> repository.region(kind.code(), code)).orElseThrow(() ->
                ApiException.notFound("code", "No " + kind + " region with code '" + Params.clip(code) + "'.")));
    }

    @OpenApi(path = "/api/sources", methods = HttpMethod.GET, tags = "reference",
            summary = "The sources of the imported data: publisher, title, URL, licence, reference date",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Api.Source[].class)))
    public void sources(Context ctx) {
        ctx.json(cache.get("sources", repository::sources));
    }

    @OpenApi(path = "/api/geometry/municipalities", methods = HttpMethod.GET, tags = "reference",
            summary = "Municipality boundaries 2025 as TopoJSON (gzip, cacheable)",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "application/json")))
    public void geometry(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("ETag", geometryEtag);
        if (geometryEtag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.header("Content-Encoding", "gzip");
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType("application/json").result(geometryGzip);
    }

    private static byte[] gzip(byte[] raw) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
            gz.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
