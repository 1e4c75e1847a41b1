package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A row cap below the national data cuts every analysis input at the cap, and the answers say so. */
class RowCapTest {

    private static final int CAP = 100;
    private static GraphClient capped;

    @BeforeAll
    static void connect() {
        capped = TestGraph.get().neo4j().client(Duration.ofSeconds(30), CAP);
    }

    @AfterAll
    static void close() {
        capped.close();
    }

    @Test
    void inputsAreCutAtTheCapAndFlagged() {
        AnalysisRepository repository = new AnalysisRepository(capped);
        GraphRows.Municipalities municipalities = repository.municipalities();
        assertEquals(CAP, municipalities.byCode().size());
        assertTrue(municipalities.truncated());
        GraphRows.Division ggd = repository.division(DivisionKind.GGD);
        assertTrue(ggd.truncated());
        assertTrue(ggd.memberships().size() <= CAP);
        GraphRows.Borders borders = repository.borders();
        assertEquals(CAP, borders.rows().size());
        assertTrue(borders.truncated());
        assertTrue(repository.network().truncated());

        AnalysisRepository full = new AnalysisRepository(TestGraph.get().client());
        assertFalse(full.municipalities().truncated());
        assertEquals(342, full.municipalities().byCode().size());
        assertFalse(full.division(DivisionKind.GGD).truncated());
    }

    @Test
    void answersComputedFromCutInputsSayTruncated() {
        AnalysisService analyses = new AnalysisService(new AnalysisRepository(capped),
                new VersionedCache(TestGraph.get().dataVersion()));
        assertTrue(analyses.overlap(DivisionKind.GGD, DivisionKind.ZK).truncated());
        assertTrue(analyses.partitionCheck(DivisionKind.IZA).truncated());
        assertTrue(analyses.ggdOverview().truncated());
        assertTrue(analyses.graph("GM0363", 1).truncated());
    }
}
