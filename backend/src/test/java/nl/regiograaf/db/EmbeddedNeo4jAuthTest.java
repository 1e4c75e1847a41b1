package nl.regiograaf.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

/** The embedded Bolt port is on loopback, where any local process (or a page, over WebSocket) can reach it. */
class EmbeddedNeo4jAuthTest {

    @Test
    void boltRefusesClientsWithoutThePasswordOfThisStart() {
        String uri = TestGraph.get().neo4j().boltUri();
        for (AuthToken token : new AuthToken[] {AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "")}) {
            try (var driver = GraphDatabase.driver(uri, token, Config.builder().withoutEncryption().build())) {
                assertThrows(SecurityException.class, driver::verifyConnectivity, "refused: " + token);
            }
        }
    }

    @Test
    void theAppsOwnClientReadsAndWrites() {
        GraphClient client = TestGraph.get().client();
        assertEquals(342L, (long) client.read(tx -> tx.run("MATCH (m:Municipality {graph: $graph}) RETURN count(m) AS n").single().get("n").asLong()));
    }

    @Test
    void passwordsDifferPerStartAndAreLong() {
        String a = EmbeddedNeo4j.newPassword();
        String b = EmbeddedNeo4j.newPassword();
        assertEquals(43, a.length());
        assertNotEquals(a, b);
    }
}
