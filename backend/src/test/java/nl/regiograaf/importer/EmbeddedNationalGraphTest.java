package nl.regiograaf.importer;

import nl.regiograaf.db.GraphClient;
import nl.regiograaf.support.TestGraph;

/** The national graph contract on the embedded Neo4j, reached over Bolt like any server. */
class EmbeddedNationalGraphTest extends NationalGraphContract {

    @Override
    GraphClient client() {
        return TestGraph.get().client();
    }
}
