package nl.regiograaf.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import nl.regiograaf.db.VersionedCache;

/**
 * Sends a JSON answer serialized and gzipped once per data version: under load a big answer (overlaps, partition
 * checks, coverage) costs a byte copy instead of Jackson plus gzip on every request. The ETag is a checksum of the
 * bytes, so a client (or another instance behind a load balancer) revalidates with {@code If-None-Match} → 304.
 */
public final class CachedJson {

    /** Below this a gzip costs more than it saves (Javalin's own threshold is similar). */
    private static final int GZIP_MIN_BYTES = 1500;

    /**
     * A serialized answer: gzip only (about a seventh of the JSON) when it is big enough to compress, the plain JSON
     * otherwise; a client without gzip gets it inflated (rare: browsers and the web page all accept gzip).
     */
    private record Body(byte[] json, byte[] gzip, String etag) implements VersionedCache.Sized {
        @Override
        public int sizeBytes() {
            return (json == null ? 0 : json.length) + (gzip == null ? 0 : gzip.length) + etag.length();
        }

        byte[] plain() {
            if (json != null) {
                return json;
            }
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private CachedJson() {
    }

    /** Answers {@code compute}'s value; it runs at most once per data version for {@code key}. */
    public static void send(Context ctx, VersionedCache cache, String key, Supplier<?> compute) {
        send(ctx, cache.get("json|" + key, () -> body(ctx, compute.get())));
    }

    /** Like {@link #send}, for an answer drawn from the national graph alone: once per national version. */
    public static void sendNational(Context ctx, VersionedCache cache, String key, Supplier<?> compute) {
        send(ctx, cache.getNational("json|" + key, () -> body(ctx, compute.get())));
    }

    private static void send(Context ctx, Body body) {
        ctx.header("ETag", body.etag());
        ctx.header("Vary", "Accept-Encoding");
        if (body.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String accept = ctx.header("Accept-Encoding");
        if (body.gzip() != null && accept != null && accept.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.contentType("application/json").result(body.gzip());
        } else {
            ctx.contentType("application/json").result(body.plain());
        }
    }

    private static Body body(Context ctx, Object value) {
        byte[] json = ctx.jsonMapper().toJsonString(value, value.getClass()).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(json);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(json.length) + "\"";
        return json.length < GZIP_MIN_BYTES ? new Body(json, null, etag) : new Body(null, gzip(json), etag);
    }

    private static byte[] gzip(byte[] raw) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
             GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
            gz.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
