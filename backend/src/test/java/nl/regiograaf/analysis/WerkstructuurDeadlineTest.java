package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.regiograaf.model.WerkstructuurApi;
import org.junit.jupiter.api.Test;

/** The AZWA werkagenda deadline (15-11-2026) and the age of a concession designation, on fixed days. */
class WerkstructuurDeadlineTest {

    private static final WerkstructuurRows.Deadline RULE = new WerkstructuurRows.Deadline(
            "werkagenda AZWA adopted by every college and delivered to VWS", "2026-11-15", "every IZA/AZWA region",
            "VNG", "2026-04-20", null);

    private static WerkstructuurRows.Document werkagenda(String status, String date) {
        return new WerkstructuurRows.Document("IZA-X", "werkagenda-azwa", status, date, null);
    }

    @Test
    void adoptedOnOrBeforeTheDeadlineIsOnTime() {
        WerkstructuurApi.AzwaDeadline d = WerkstructuurAnalysis.deadline(werkagenda("vastgesteld", "2026-11-15"), RULE,
                LocalDate.of(2026, 12, 2));
        assertEquals("on-time", d.status());
        assertNull(d.daysLate());
        assertEquals("2026-11-15", d.adopted());
    }

    @Test
    void adoptedAfterTheDeadlineIsLateByTheDaysBetween() {
        WerkstructuurApi.AzwaDeadline d = WerkstructuurAnalysis.deadline(werkagenda("vastgesteld", "2026-11-20"), RULE,
                LocalDate.of(2027, 3, 1));
        assertEquals("late", d.status());
        assertEquals(5, d.daysLate());
    }

    @Test
    void notAdoptedIsPendingBeforeAndLateAfterTheDeadline() {
        WerkstructuurApi.AzwaDeadline before = WerkstructuurAnalysis.deadline(werkagenda("in voorbereiding", null), RULE,
                LocalDate.of(2026, 11, 1));
        assertEquals("pending", before.status());
        assertEquals(14, before.daysLeft());
        WerkstructuurApi.AzwaDeadline after = WerkstructuurAnalysis.deadline(werkagenda("niet gestart", null), RULE,
                LocalDate.of(2026, 12, 2));
        assertEquals("late", after.status());
        assertEquals(17, after.daysLate());
    }

    @Test
    void withoutAStatusTheDeadlineIsUnknown() {
        WerkstructuurApi.AzwaDeadline d = WerkstructuurAnalysis.deadline(null, RULE, LocalDate.of(2026, 12, 2));
        assertEquals("unknown", d.status());
        assertNull(d.daysLate());
    }

    @Test
    void aDesignationOfFiveYearsAgoOrMoreIsOld() {
        WerkstructuurRows.Holder h2015 = new WerkstructuurRows.Holder("Achmea Zorgkantoor N.V.", 2015L, "x", "2015-01-01");
        assertTrue(WerkstructuurAnalysis.concession(h2015, LocalDate.of(2026, 12, 2)).old());
        assertEquals("aanwijzing 2015", WerkstructuurAnalysis.concession(h2015, LocalDate.of(2026, 12, 2)).designation());
        WerkstructuurRows.Holder h2024 = new WerkstructuurRows.Holder("Y", 2024L, "x", "2024-01-01");
        assertFalse(WerkstructuurAnalysis.concession(h2024, LocalDate.of(2026, 12, 2)).old());
    }
}
