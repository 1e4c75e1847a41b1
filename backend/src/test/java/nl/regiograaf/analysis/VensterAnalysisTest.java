package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.WerkstructuurApi;
import org.junit.jupiter.api.Test;

/** Divergence, completeness, change and the DEMO rule of the venster, on small fixtures. */
class VensterAnalysisTest {

    private static final List<Api.Ref> REGIONS = List.of(new Api.Ref("IZA-A", "A"), new Api.Ref("IZA-B", "B"),
            new Api.Ref("IZA-C", "C"));

    private static void all(List<WerkstructuurRows.Answer> out, String region, int year, String financier, int answer, boolean demo) {
        for (String q : VensterAnalysis.QUESTIONS) {
            out.add(new WerkstructuurRows.Answer(region, year, financier, q, answer, null, demo));
        }
    }

    private static WerkstructuurApi.VensterRegion region(WerkstructuurApi.Venster v, String code) {
        return v.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSpreadOfTwoPointsIsDivergentAndOnePointIsNot() {
        List<WerkstructuurRows.Answer> answers = new ArrayList<>();
        all(answers, "IZA-A", 2025, "gemeenten", 4, false);
        all(answers, "IZA-A", 2025, "zorgverzekeraar", 3, false);
        all(answers, "IZA-A", 2025, "zorgkantoor", 4, false);
        answers.add(new WerkstructuurRows.Answer("IZA-B", 2025, "gemeenten", "agenda", 5, null, false));
        answers.add(new WerkstructuurRows.Answer("IZA-B", 2025, "zorgkantoor", "agenda", 3, "te weinig tempo", false));
        WerkstructuurApi.Venster v = VensterAnalysis.compute(REGIONS, answers, 2025, true);
        WerkstructuurApi.VensterRegion a = region(v, "IZA-A");
        assertTrue(a.complete());
        assertTrue(a.divergent().isEmpty(), "4/3/4 differ by one point");
        assertFalse(a.needsConversation());
        WerkstructuurApi.VensterRegion b = region(v, "IZA-B");
        assertEquals(1, b.divergent().size());
        WerkstructuurApi.Divergence d = b.divergent().get(0);
        assertEquals("agenda", d.question());
        assertEquals(2, d.spread());
        assertEquals(Map.of("gemeenten", 5, "zorgkantoor", 3), d.answers());
        assertTrue(b.needsConversation());
        assertEquals(List.of("te weinig tempo"), b.toelichting());
        assertEquals(List.of("IZA-B"), v.national().conversationRegions());
        assertEquals(1, v.national().divergentByQuestion().get("agenda"));
    }

    @Test
    void completenessNamesTheFinancierAndTheQuestionsLeftOpen() {
        List<WerkstructuurRows.Answer> answers = new ArrayList<>();
        all(answers, "IZA-A", 2025, "gemeenten", 4, false);
        all(answers, "IZA-A", 2025, "zorgverzekeraar", 4, false);
        answers.add(new WerkstructuurRows.Answer("IZA-A", 2025, "zorgkantoor", "proces", 4, null, false));
        WerkstructuurApi.Venster v = VensterAnalysis.compute(REGIONS, answers, 2025, true);
        WerkstructuurApi.VensterRegion a = region(v, "IZA-A");
        assertFalse(a.complete());
        assertEquals(List.of("zorgkantoor"), a.missingFinanciers());
        assertEquals(List.of(new WerkstructuurApi.Missing("zorgkantoor", List.of("agenda", "resultaten"))), a.missing());
        WerkstructuurApi.VensterRegion c = region(v, "IZA-C");
        assertFalse(c.answered());
        assertEquals(VensterAnalysis.FINANCIERS, c.missingFinanciers());
        assertEquals(1, v.national().answered());
        assertEquals(0, v.national().complete());
        assertEquals(1, v.national().missingByFinancier().get("zorgkantoor"));
        assertEquals(0, v.national().missingByFinancier().get("gemeenten"));
    }

    @Test
    void changeIsThisYearsAnswerMinusLastYearsWhereBothExist() {
        List<WerkstructuurRows.Answer> answers = new ArrayList<>();
        all(answers, "IZA-A", 2024, "gemeenten", 2, false);
        answers.add(new WerkstructuurRows.Answer("IZA-A", 2024, "zorgkantoor", "proces", 5, null, false));
        all(answers, "IZA-A", 2025, "gemeenten", 4, false);
        all(answers, "IZA-A", 2025, "zorgkantoor", 3, false);
        WerkstructuurApi.VensterRegion a = region(VensterAnalysis.compute(REGIONS, answers, 2025, true), "IZA-A");
        assertEquals(Map.of("proces", 2, "agenda", 2, "resultaten", 2), a.change().get("gemeenten"));
        assertEquals(Map.of("proces", -2), a.change().get("zorgkantoor"));
        assertEquals(Map.of(), a.change().get("zorgverzekeraar"));
    }

    @Test
    void demoAnswersStandInOnlyWithoutImportedOnesAndOnlyWhenAskedFor() {
        List<WerkstructuurRows.Answer> answers = new ArrayList<>();
        all(answers, "IZA-A", 2025, "gemeenten", 1, true);
        all(answers, "IZA-A", 2025, "gemeenten", 5, false);
        all(answers, "IZA-B", 2025, "gemeenten", 2, true);
        WerkstructuurApi.Venster withDemo = VensterAnalysis.compute(REGIONS, answers, 2025, true);
        assertFalse(region(withDemo, "IZA-A").demo());
        assertEquals(5, region(withDemo, "IZA-A").answers().get("gemeenten").get("proces"));
        assertTrue(region(withDemo, "IZA-B").demo());
        assertTrue(withDemo.includesDemo());
        assertEquals(1, withDemo.national().demoRegions());
        WerkstructuurApi.Venster real = VensterAnalysis.compute(REGIONS, answers, 2025, false);
        assertFalse(region(real, "IZA-B").answered());
        assertFalse(real.includesDemo());
        assertEquals(2025, VensterAnalysis.latestYear(answers, false));
    }
}
