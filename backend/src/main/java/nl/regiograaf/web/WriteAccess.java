package nl.regiograaf.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiograaf.importer.Hashing;
import nl.regiograaf.web.error.ApiException;

/**
 * The one place that guards writes: every request whose method is not GET, HEAD or OPTIONS needs
 * {@code Authorization: Bearer <REGIOGRAAF_ADMIN_TOKEN>}, checked before any route runs (so a new write route
 * is protected without doing anything). No token configured: writes are disabled (403). Routes that read but
 * expose everything (the full export) call {@link #requireAdmin} themselves.
 */
public final class WriteAccess {

    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    /**
     * POST routes that only compute an answer from their body and store nothing (a whole division does not fit in a
     * URL): reads, open like GET. Exact paths; listed here so the exemption stays in the one place that guards writes.
     */
    public static final Set<String> READ_ONLY_POSTS = Set.of("/api/scenarios/check");

    private final Optional<byte[]> expectedDigest;

    public WriteAccess(Optional<String> adminToken) {
        this.expectedDigest = adminToken.map(t -> Hashing.digest().digest(t.getBytes(StandardCharsets.UTF_8)));
    }

    /** Before-handler for every path. */
    public void guard(Context ctx) {
        boolean readOnlyPost = ctx.method() == HandlerType.POST && READ_ONLY_POSTS.contains(ctx.path());
        if (!READS.contains(ctx.method()) && !readOnlyPost) {
            requireAdmin(ctx);
        }
    }

    /** 403 when writes are disabled, 401 unless the bearer token matches; the comparison takes constant time. */
    public void requireAdmin(Context ctx) {
        if (expectedDigest.isEmpty()) {
            throw new ApiException(403, "Forbidden", "Writes disabled: no REGIOGRAAF_ADMIN_TOKEN is configured.", null, List.of());
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        // Hashing first gives both sides the same length, so isEqual's time does not depend on the token.
        byte[] actual = Hashing.digest().digest(given.getBytes(StandardCharsets.UTF_8));
        if (given.isEmpty() || !MessageDigest.isEqual(expectedDigest.get(), actual)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"regiograaf\"");
            throw new ApiException(401, "Unauthorized", "A valid 'Authorization: Bearer <token>' header is required.", null, List.of());
        }
    }
}
