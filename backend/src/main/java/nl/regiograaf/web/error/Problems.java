package nl.regiograaf.web.error;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.WriteConflict;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception becomes RFC 7807 problem details here, in one place. Nothing internal (stack traces,
 * Cypher, paths) reaches the client: unknown failures are logged and answered with a generic 500.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String RETRY_AFTER_SECONDS = "5";
    /** Message of the ServiceUnavailableException thrown while the startup imports run. */
    public static final String STARTING = "starting";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Problems() {
    }

    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            Map<String, Object> body = body(e.status(), e.title(), e.getMessage(), ctx);
            if (e.parameter() != null) {
                body.put("parameter", e.parameter());
            }
            if (!e.errors().isEmpty()) {
                body.put("errors", e.errors());
            }
            send(ctx, e.status(), body);
        });
        app.exception(ServiceUnavailableException.class, (e, ctx) -> {
            if (STARTING.equals(e.getMessage())) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                send(ctx, 503, body(503, "Service starting", "Regiograaf is starting (preparing the reference data). Try again shortly.", ctx));
            } else {
                unavailable(ctx, e);
            }
        });
        app.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
        app.exception(TransientException.class, (e, ctx) -> {
            if (DatasetWriter.lockConflict(e)) {
                conflict(ctx, "Another write holds what this request needs. Nothing was written; try again shortly.");
            } else {
                unavailable(ctx, e);
            }
        });
        app.exception(WriteConflict.class, (e, ctx) -> conflict(ctx, e.getMessage()));
        app.exception(ClientException.class, (e, ctx) -> {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                send(ctx, 503, body(503, "Query timed out", "The query took longer than its time limit.", ctx), e);
            } else if (e.getMessage() != null && e.getMessage().contains("acquire connection from the pool")) {
                // Every connection busy (overload): a temporary condition, not a bug.
                unavailable(ctx, e);
            } else {
                internal(e, ctx);
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, e.getStatus(), body(e.getStatus(), statusTitle(e.getStatus()), e.getMessage(), ctx)));
        app.exception(Exception.class, Problems::internal);
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, body(404, "Not found", "No resource at " + ctx.path(), ctx));
            }
        });
    }

    private static void unavailable(Context ctx, Exception cause) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        send(ctx, 503, body(503, "Service unavailable", "The graph database cannot be reached. Try again shortly.", ctx), cause);
    }

    /** A write that met another write (same dataset, or a lock the database refused): not an outage, a 409. */
    private static void conflict(Context ctx, String detail) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        send(ctx, 409, body(409, "Conflict", detail, ctx));
    }

    private static void internal(Exception e, Context ctx) {
        send(ctx, 500, body(500, "Internal error", "The request could not be completed.", ctx), e);
    }

    public static Map<String, Object> body(int status, String title, String detail, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        return body;
    }

    public static void send(Context ctx, int status, Map<String, Object> body) {
        send(ctx, status, body, null);
    }

    /**
     * Every 5xx is logged here, once, under a request id that the answer carries too ({@code requestId} and the
     * {@value #REQUEST_ID_HEADER} header), so a user's report leads to the log line. A 500 is logged with its stack
     * trace (never sent); other 5xx with the cause's one-line message.
     */
    private static void send(Context ctx, int status, Map<String, Object> body, Exception cause) {
        if (status >= 500) {
            String id = newRequestId();
            body.put("requestId", id);
            ctx.header(REQUEST_ID_HEADER, id);
            if (status == 500) {
                LOG.error("request {}: {} {} answered 500", id, ctx.method(), ctx.path(), cause);
            } else {
                LOG.warn("request {}: {} {} answered {} {} ({})", id, ctx.method(), ctx.path(), status, body.get("title"),
                        cause == null ? "no cause" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
        ctx.status(status).json(body).contentType(CONTENT_TYPE);
    }

    /** 16 random hex digits: unique enough to find one line in a log, and no information about the server. */
    static String newRequestId() {
        return java.util.HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    private static String statusTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> "Error";
        };
    }
}
