package nl.regiograaf.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Record;

/** Helpers for tests that import: posting uploads, unique user datasets, and a fingerprint of the whole graph. */
public final class Uploads {

    private Uploads() {
    }

    /** A dataset id no other test uses. */
    public static String uniqueDataset(String prefix) {
        return "user-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Http.Response post(String pathAndQuery, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return Http.send(b);
    }

    public static Http.Response post(String pathAndQuery, String contentType, String body) {
        return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8), TestGraph.ADMIN_TOKEN);
    }

    public static Http.Response delete(String path) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).DELETE().header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN));
    }

    /** Removes a user dataset if it exists (cleanup). */
    public static void remove(String datasetId) {
        int status = delete("/api/datasets/" + datasetId).status();
        if (status != 204 && status != 404) {
            throw new IllegalStateException("Could not remove " + datasetId + ": " + status);
        }
    }

    /**
     * Counts and a SHA-256 over every support point (with its municipality), every TAKES_PART relationship, every
     * dataset node and the data version: equal fingerprints before and after mean the graph's support data did not
     * change at all. Links to the national graph are read on the version in force (a link exists once per version
     * present), so a switch that carried the user data over gives the same fingerprint.
     */
    public static Map<String, Object> fingerprint() {
        return fingerprint(TestGraph.get().client());
    }

    /** The same fingerprint of another store (a restarted or crashed process's store opened by the test). */
    public static Map<String, Object> fingerprint(nl.regiograaf.db.GraphClient client) {
        List<Record> rows = client.read(tx -> tx.run("""
                CALL {
                  MATCH (p:SupportPoint) OPTIONAL MATCH (p)-[:IN]->(m:Municipality {graph: $graph})
                  WITH p, m ORDER BY p.id
                  RETURN count(p) AS points, collect([p.id, p.name, p.kind, p.lat, p.lon, p.located, p.dataset, p.demo,
                                                      p.address, p.town, m.code]) AS pointRows }
                CALL {
                  MATCH (x)-[t:TAKES_PART]->(k:Ketenaanpak) WHERE x.graph IS NULL OR x.graph = $graph
                  WITH x, t, k ORDER BY t.dataset, t.key
                  RETURN count(t) AS takesPart, collect([coalesce(x.code, x.name), k.code, t.dataset, t.key, t.status,
                                                        t.since, t.level]) AS takesPartRows }
                CALL {
                  MATCH (d:Dataset) WITH d ORDER BY d.id
                  RETURN count(d) AS datasets, collect([d.id, d.version, d.rows, d.scope]) AS datasetRows }
                OPTIONAL MATCH (meta:Meta {id: 'regiograaf'})
                RETURN points, pointRows, takesPart, takesPartRows, datasets, datasetRows, meta.dataVersion AS dataVersion
                """).list());
        Record r = rows.get(0);
        String all = r.get("pointRows").toString() + r.get("takesPartRows") + r.get("datasetRows");
        return Map.of("points", r.get("points").asLong(), "takesPart", r.get("takesPart").asLong(),
                "datasets", r.get("datasets").asLong(), "dataVersion", r.get("dataVersion").asLong(),
                "sha256", sha256(all));
    }

    /** A fingerprint without its data version: the same data, written (and removed) by other transactions. */
    public static Map<String, Object> withoutVersion(Map<String, Object> fingerprint) {
        Map<String, Object> copy = new java.util.HashMap<>(fingerprint);
        copy.remove("dataVersion");
        return copy;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
