package nl.regiograaf.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.regiograaf.db.GraphClient;

/**
 * Proof that the startup imports are complete for exactly this build: a fingerprint of everything they read (the
 * bundled data files, the import Cypher, the importer classes) and of the schema, stored on the Meta node when they
 * finish. A restart that finds the same fingerprint skips every "already present?" check (the schema's included), which
 * cost seconds on a cold JVM. Any national write removes it (bump_national_version.cypher), and a new build with other
 * data, importers or schema has another fingerprint, so the checks run again exactly when something could differ.
 */
public final class StartupMarker {

    /** Resource folders (and the schema file) whose content the startup imports and the schema depend on. */
    static final List<String> INPUTS = List.of("data/", "cypher/import/", "cypher/schema.cypher", "nl/regiograaf/importer/");

    private StartupMarker() {
    }

    /**
     * One start's view of the marker, shared by the schema check and the startup imports: the fingerprint computed
     * once, and a marker once found (or written) remembered, so a restart asks the store once. Only a national write
     * removes a marker, and none runs before the startup imports are done.
     */
    public static final class Check {

        private final GraphClient graph;
        private final String fingerprint = StartupMarker.fingerprint();
        private volatile boolean found;

        public Check(GraphClient graph) {
            this.graph = graph;
        }

        public boolean present() {
            if (!found) {
                found = StartupMarker.present(graph, fingerprint);
            }
            return found;
        }

        public void write() {
            StartupMarker.write(graph, fingerprint);
            found = true;
        }

        public String fingerprint() {
            return fingerprint;
        }
    }

    public static boolean present(GraphClient graph, String fingerprint) {
        return graph.read(tx -> {
            var value = tx.run(nl.regiograaf.db.Cypher.query("queries/data_version")).single().get("startupFingerprint");
            return !value.isNull() && value.asString().equals(fingerprint);
        });
    }

    public static void write(GraphClient graph, String fingerprint) {
        graph.write(tx -> tx.run(nl.regiograaf.db.Cypher.query("import/startup_marker"),
                Map.of("fingerprint", fingerprint)).consume());
    }

    /**
     * SHA-256 over the names and contents of the inputs. From a jar it hashes the entries' stored CRC and size, so it
     * reads no file content (about 10 ms for the whole jar); from a classes directory (tests) it reads the files.
     */
    public static String fingerprint() {
        MessageDigest digest = sha256();
        Map<String, String> entries = new TreeMap<>();
        for (String folder : INPUTS) {
            URL url = StartupMarker.class.getClassLoader().getResource(folder);
            if (url == null) {
                throw new IllegalStateException("missing resource folder " + folder);
            }
            collect(url, folder, entries);
        }
        entries.forEach((name, content) -> digest.update((name + '\0' + content + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void collect(URL url, String folder, Map<String, String> entries) {
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (e.getName().startsWith(folder) && !e.isDirectory()) {
                            entries.put(e.getName(), e.getCrc() + ":" + e.getSize());
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            MessageDigest one = sha256();
                            one.update(in.readAllBytes());
                            entries.put(folder + root.relativize(file).toString().replace('\\', '/'),
                                    HexFormat.of().formatHex(one.digest()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
