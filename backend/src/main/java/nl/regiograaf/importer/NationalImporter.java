package nl.regiograaf.importer;

import java.util.List;
import java.util.Map;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the national reference graph in one transaction: all of it, or nothing. Idempotent (MERGE on codes). */
public final class NationalImporter {

    private static final Logger LOG = LoggerFactory.getLogger(NationalImporter.class);
    public static final String DATASET_ID = "national";

    private NationalImporter() {
    }

    /** Imports when the store holds no completed national import; returns whether it imported. */
    public static boolean importIfAbsent(GraphClient client) {
        boolean present = client.read(tx -> tx.run(Cypher.query("import/national_present")).single().get("present").asBoolean());
        if (present) {
            LOG.info("National reference data already present");
            return false;
        }
        importInto(client, NationalDataLoader.load());
        return true;
    }

    public static long importInto(GraphClient client, NationalDataset data) {
        long start = System.nanoTime();
        long version = client.write(tx -> {
            // On a store without municipalities the bulk files CREATE (no lookup before each write); otherwise they
            // MERGE on codes. Both run in this one transaction, so a restart never duplicates anything.
            String bulk = tx.run(Cypher.query("import/national_fresh")).single().get("fresh").asBoolean() ? "fresh/" : "";
            run(tx, "sources", data.sources());
            run(tx, "divisions", data.divisions());
            run(tx, bulk + "municipalities", data.municipalities());
            run(tx, bulk + "regions", data.regions());
            run(tx, bulk + "memberships", data.memberships());
            run(tx, bulk + "borders", data.borders());
            run(tx, "insurers", data.insurers());
            run(tx, "trauma_centres", data.traumaCentres());
            run(tx, "mandaatgemeenten", data.mandaatgemeenten());
            run(tx, "aliases", data.aliases());
            tx.run(Cypher.query("import/dataset"), Map.of("id", DATASET_ID, "rows", data.rowCount())).consume();
            return DataVersion.bumpNational(tx);
        });
        LOG.info("Imported national reference data: {} rows in {} ms (data version {})",
                data.rowCount(), (System.nanoTime() - start) / 1_000_000, version);
        return version;
    }

    /** Rows go in batches (bounded Bolt messages) but all inside the caller's single transaction. */
    static final int BATCH = 20_000;

    private static void run(TransactionContext tx, String file, List<Map<String, Object>> rows) {
        String query = Cypher.query("import/" + file);
        long t0 = System.nanoTime();
        for (int from = 0; from < rows.size(); from += BATCH) {
            tx.run(query, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH)))).consume();
        }
        LOG.debug("import {}: {} rows in {} ms", file, rows.size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
