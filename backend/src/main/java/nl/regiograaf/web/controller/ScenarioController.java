package nl.regiograaf.web.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.importer.ImportError;
import nl.regiograaf.importer.ImportRejectedException;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.model.ScenarioApi;
import nl.regiograaf.web.BodyLimit;
import nl.regiograaf.web.error.ApiException;

/**
 * What-if checks of a proposed division: a base with moves (JSON body or query string) or a whole division (CSV).
 * A read-only computation: no token, nothing stored.
 */
public final class ScenarioController {

    /** 2 MB: a whole division at national scale is ~10 KB; moves at most {@link ScenarioService#MAX_MOVES}. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MOVE_FIELDS = Set.of("municipality", "to", "toName");

    private final ScenarioService scenarios;

    public ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @OpenApi(path = "/api/scenarios/check", methods = HttpMethod.POST, tags = "analysis",
            summary = "Check a proposed division without storing it: sluitend?, region populations, congruence before/after",
            description = "application/json: {\"name\", \"base\": \"ZK\", \"moves\": [{\"municipality\": \"GM0034\", \"to\": \"ZK07\"}, "
                    + "{\"municipality\": \"GM0935\", \"to\": \"NEW1\", \"toName\": \"Nieuwe regio\"}, {\"municipality\": \"GM0014\", "
                    + "\"to\": null}]} (to null: out of every region; a code that is no region of the base: a new region). "
                    + "text/csv: a whole division, header municipality;region[;regionName] (';' or ',', BOM; municipality "
                    + "by code, name or alias; a municipality on two lines lies in two regions), with base and name as "
                    + "query parameters (base optional). At most " + ScenarioService.MAX_MOVES + " moves and 2 MB.",
            queryParams = {
                @OpenApiParam(name = "base", description = "CSV only: the division to compare with (optional)"),
                @OpenApiParam(name = "name", description = "CSV only: the scenario's name")
            },
            requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "application/json"), @OpenApiContent(type = "text/csv")}),
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = ScenarioApi.Check.class)),
                @OpenApiResponse(status = "400", description = "Unknown base, bad moves (errors: move, field, value, reason) "
                        + "or bad CSV lines (errors: line, column, value, reason)"),
                @OpenApiResponse(status = "413", description = "Body larger than 2 MB"),
                @OpenApiResponse(status = "415", description = "Body is neither application/json nor text/csv")
            })
    public void checkPost(Context ctx) {
        TableReader.Format format = TableReader.Format.of(ctx.contentType());
        if (format == null) {
            throw new ApiException(415, "Unsupported media type", "Send moves as application/json or a whole division as "
                    + "text/csv (got '" + Params.clip(String.valueOf(ctx.contentType())) + "').", "Content-Type", List.of());
        }
        byte[] body = BodyLimit.read(ctx, MAX_BODY_BYTES, " A division at national scale takes about 10 KB.");
        if (format == TableReader.Format.CSV) {
            ctx.json(run(() -> scenarios.checkDivision(ctx.queryParam("name"), ctx.queryParam("base"), body)));
            return;
        }
        JsonNode root = parse(body);
        ctx.json(run(() -> scenarios.checkMoves(text(root, "name"), text(root, "base"), moves(root.get("moves")))));
    }

    @OpenApi(path = "/api/scenarios/check", methods = HttpMethod.GET, tags = "analysis",
            summary = "Check a base division with moves given in the query string (the same answer as the POST, for links)",
            queryParams = {
                @OpenApiParam(name = "base", required = true, description = "GGD, VR, ZK, ROAZ, IZA or PROVINCE", example = "ZK"),
                @OpenApiParam(name = "moves", description = "comma separated municipality:region[:name] (name "
                        + "percent-encoded; empty region: out of every region)", example = "GM0034:ZK07,GM0014:"),
                @OpenApiParam(name = "name", description = "the scenario's name")
            },
            responses = {
                @OpenApiResponse(status = "200", content = @OpenApiContent(from = ScenarioApi.Check.class)),
                @OpenApiResponse(status = "400", description = "Unknown base or bad moves (errors: move, field, value, reason)")
            })
    public void checkGet(Context ctx) {
        List<ScenarioService.GivenMove> moves = queryMoves(ctx.queryParam("moves"));
        ctx.json(run(() -> scenarios.checkMoves(ctx.queryParam("name"), ctx.queryParam("base"), moves)));
    }

    /** {@code GM0034:ZK07,GM0935:NEW1:Nieuwe%20regio,GM0014:}; the name is percent-encoded once more inside the value. */
    static List<ScenarioService.GivenMove> queryMoves(String value) {
        List<ScenarioService.GivenMove> moves = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return moves;
        }
        String[] items = value.split(",", -1);
        if (items.length > ScenarioService.MAX_MOVES) {
            throw ApiException.badRequest("moves", items.length + " moves; at most " + ScenarioService.MAX_MOVES
                    + " are checked at once.");
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split(":", 3);
            if (parts.length < 2 || parts[0].isBlank()) {
                errors.add(moveError(i + 1, "municipality", items[i], "not municipality:region (region empty: out of every region)"));
                continue;
            }
            String name = null;
            if (parts.length == 3) {
                try {
                    name = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    errors.add(moveError(i + 1, "toName", parts[2], "not percent-encoded text"));
                    continue;
                }
            }
            moves.add(new ScenarioService.GivenMove(i + 1, parts[0], parts[1], name));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Bad request", errors.size() + " problem(s) in the moves; nothing was checked.",
                    "moves", errors);
        }
        return moves;
    }

    private static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body", "The body is not valid JSON: expected {\"base\": …, \"moves\": […]}.");
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body", "The body must be a JSON object {\"name\", \"base\", \"moves\": […]}.");
        }
        return root;
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(field, "Field '" + field + "' must be a string.");
        }
        return v.asText();
    }

    private static List<ScenarioService.GivenMove> moves(JsonNode array) {
        List<ScenarioService.GivenMove> moves = new ArrayList<>();
        if (array == null || array.isNull()) {
            return moves;
        }
        if (!array.isArray()) {
            throw ApiException.badRequest("moves", "Field 'moves' must be an array of {\"municipality\", \"to\", \"toName\"}.");
        }
        if (array.size() > ScenarioService.MAX_MOVES) {
            throw ApiException.badRequest("moves", array.size() + " moves; at most " + ScenarioService.MAX_MOVES
                    + " are checked at once (upload the whole division as CSV instead).");
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        int position = 0;
        for (JsonNode move : array) {
            position++;
            if (!move.isObject()) {
                errors.add(moveError(position, null, null, "not an object {\"municipality\", \"to\", \"toName\"}"));
                continue;
            }
            int before = errors.size();
            for (Iterator<String> names = move.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!MOVE_FIELDS.contains(field)) {
                    errors.add(moveError(position, field, null, "unknown field; a move has municipality, to and toName"));
                }
            }
            String[] values = new String[3];
            String[] fields = {"municipality", "to", "toName"};
            for (int f = 0; f < fields.length; f++) {
                JsonNode v = move.get(fields[f]);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    errors.add(moveError(position, fields[f], v.toString(), "must be a string"
                            + (f == 1 ? " (a region code) or null (out of every region)" : "")));
                } else {
                    values[f] = v == null || v.isNull() ? null : v.asText();
                }
            }
            if (values[0] == null && errors.size() == before) {
                errors.add(moveError(position, "municipality", null, "missing municipality"));
            }
            if (errors.size() == before) {
                moves.add(new ScenarioService.GivenMove(position, values[0], values[1], values[2]));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Bad request", errors.size() + " problem(s) in the moves; nothing was checked.",
                    "moves", errors);
        }
        return moves;
    }

    private static Map<String, Object> moveError(int move, String field, String value, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("move", move);
        e.put("field", field);
        if (value != null) {
            e.put("value", Params.clip(value));
        }
        e.put("reason", reason);
        return e;
    }

    private static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (ScenarioService.Rejected e) {
            throw new ApiException(400, "Bad request", e.getMessage(), e.parameter(), e.errors());
        } catch (ImportRejectedException e) {
            List<Map<String, Object>> errors = e.errors().stream().map(ImportError::toMap).toList();
            throw new ApiException(400, "Scenario rejected", e.getMessage().replace("nothing was imported",
                    "nothing was checked"), null, errors);
        }
    }
}
