package nl.regiograaf.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DEMO answers of the venster op de samenwerking ({@code data/demo/venster-demo.csv}, made by the seeded script
 * {@code data/tools/make_venster_demo.py}; NOT real answers: no public data exists). Written at startup through the
 * same validator as a user's file, as dataset {@code demo-venster} with {@code demo=true}, only when the file changed.
 */
public final class VensterDemo {

    public static final String FILE = "data/demo/venster-demo.csv";
    private static final Logger LOG = LoggerFactory.getLogger(VensterDemo.class);

    private VensterDemo() {
    }

    public static void importAtStartup(GraphClient graph) {
        byte[] bytes = bytes();
        String hash = Hashing.sha256Hex(bytes);
        Record present = graph.queryAll("queries/venster_demo_hash", Map.of("dataset", WerkstructuurImport.VENSTER_DEMO_DATASET)).get(0);
        if (present.get("hashes").asList().equals(List.of(hash))) {
            LOG.info("DEMO venster answers already present and unchanged");
            return;
        }
        List<Map<String, Object>> rows = VensterUpload.validate(TableReader.csv(bytes), IzaRegionIndex.load(graph));
        new WerkstructuurImport(graph, null).writeVenster(rows, null, WerkstructuurImport.VENSTER_DEMO_DATASET, true, hash);
        LOG.info("Imported {} DEMO venster answers", rows.size());
    }

    static byte[] bytes() {
        try (InputStream in = VensterDemo.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException("Missing " + FILE + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
