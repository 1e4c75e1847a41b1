package nl.regiograaf.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Runtime configuration, read from environment variables. The variable names are a public contract
 * (README, external checks), so they are spelled out here in one place.
 */
public record AppConfig(
        int port,
        Path dataDir,
        Optional<String> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        Optional<String> neo4jDatabase,
        Optional<String> adminToken,
        int boltPort,
        int queryTimeoutMillis,
        int rowCap,
        java.util.List<String> corsOrigins) {

    /** Neo4j refuses paths like {@code /x/./var}: every configured path is made absolute and normalised here. */
    public AppConfig {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static AppConfig from(Map<String, String> env) {
        return new AppConfig(
                intValue(env, "REGIOGRAAF_PORT", 7070),
                Path.of(text(env, "REGIOGRAAF_DATA_DIR").orElse("./var")),
                text(env, "NEO4J_URI"),
                text(env, "NEO4J_USER").orElse("neo4j"),
                text(env, "NEO4J_PASSWORD").orElse(""),
                text(env, "NEO4J_DATABASE"),
                text(env, "REGIOGRAAF_ADMIN_TOKEN"),
                intValue(env, "REGIOGRAAF_BOLT_PORT", 0),
                intValue(env, "REGIOGRAAF_QUERY_TIMEOUT_MS", 10_000),
                intValue(env, "REGIOGRAAF_ROW_CAP", 100_000),
                text(env, "REGIOGRAAF_CORS_ORIGINS").map(v -> java.util.Arrays.stream(v.split(","))
                        .map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(java.util.List.of()));
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, dataDir, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, boltPort, queryTimeoutMillis, rowCap, corsOrigins);
    }

    public AppConfig withDataDir(Path dir) {
        return new AppConfig(port, dir, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                adminToken, boltPort, queryTimeoutMillis, rowCap, corsOrigins);
    }

    public AppConfig withAdminToken(String token) {
        return new AppConfig(port, dataDir, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                Optional.ofNullable(token), boltPort, queryTimeoutMillis, rowCap, corsOrigins);
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        Optional<String> raw = text(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + raw.get() + "'");
        }
    }
}
