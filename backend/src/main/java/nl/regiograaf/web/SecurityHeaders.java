package nl.regiograaf.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Security headers on every response: no inline scripts, no framing, no MIME sniffing, no referrer leaks. Jetty's
 * own refusals (before Javalin sees the request) carry the same ones ({@link nl.regiograaf.web.error.JettyProblems}).
 */
public final class SecurityHeaders {

    // Inline styles are allowed because the graph and documentation libraries set style attributes;
    // scripts only from this origin.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Every security header and its value. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
