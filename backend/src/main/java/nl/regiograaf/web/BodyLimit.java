package nl.regiograaf.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.regiograaf.web.error.ApiException;

/**
 * Reads a request body up to the limit. Javalin checks {@code maxRequestSize} only against the Content-Length
 * header; a chunked body has none, so it is counted here while it streams and refused as soon as it passes the
 * limit (nothing beyond the limit is ever held in memory).
 */
public final class BodyLimit {

    /** 20 MB: room for ~200,000 support-point rows. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private BodyLimit() {
    }

    public static byte[] read(Context ctx) {
        return read(ctx, MAX_BYTES, " Split the list into several uploads (mode=append).");
    }

    /** Reads at most {@code maxBytes}; a larger body is a 413 whose detail ends with {@code advice}. */
    public static byte[] read(Context ctx, long maxBytes, String advice) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes, advice);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes, advice);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }

    private static ApiException tooLarge(long maxBytes, String advice) {
        return new ApiException(413, "Payload too large", "The request body is larger than " + (maxBytes / (1024 * 1024))
                + " MB." + advice, null, List.of());
    }
}
