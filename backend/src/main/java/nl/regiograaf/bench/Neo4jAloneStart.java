package nl.regiograaf.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The yardstick of a restart (issue 12 item 4): a JVM that does nothing but start this app's Neo4j (same jar, same
 * settings, same store) and answer one first query over Bolt with the official driver, the app's own first query (the
 * data version and startup marker). Until that answer Neo4j itself serves nothing; a restart of the app is measured by
 * what it adds to this. Prints one line: {@code Neo4j alone: own start N ms, first query N ms, answered N ms after
 * launch}.
 * Run (with the app stopped): {@code java -cp backend/target/regiograaf.jar nl.regiograaf.bench.Neo4jAloneStart STORE}.
 */
public final class Neo4jAloneStart {

    private Neo4jAloneStart() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Neo4jAloneStart STORE_DIR (the app's <REGIOGRAAF_DATA_DIR>/neo4j, app stopped)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0)) {
            long started = System.nanoTime();
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()));
                 Session session = driver.session()) {
                session.executeRead(tx -> tx.run(Cypher.query("queries/data_version")).list());
            }
            long answered = System.nanoTime();
            long launchToNow = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("Neo4j alone: own start %d ms, first query %d ms, answered %d ms after launch%n",
                    (started - t0) / 1_000_000, (answered - started) / 1_000_000, launchToNow);
        }
    }
}
