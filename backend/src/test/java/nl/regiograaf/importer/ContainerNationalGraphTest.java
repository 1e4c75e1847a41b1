package nl.regiograaf.importer;

import java.time.Duration;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same contract against a Neo4j 5.26 server in a container (remote code path, NEO4J_URI style).
 * Reported as skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerNationalGraphTest extends NationalGraphContract {

    @Container
    private static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withoutAuthentication();

    private static GraphClient client;

    @BeforeAll
    static void importNationalData() {
        client = new GraphClient(NEO4J.getBoltUrl(), "neo4j", "", null, Duration.ofSeconds(30), 100_000);
        SchemaInitializer.apply(client);
        NationalImporter.importIfAbsent(client);
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    GraphClient client() {
        return client;
    }
}
