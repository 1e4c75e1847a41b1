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
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "Payload too large", "The request body is larger than " + (MAX_BYTES / (1024 * 1024))
                + " MB. Split the list into several uploads (mode=append).", null, List.of());
    }
}
