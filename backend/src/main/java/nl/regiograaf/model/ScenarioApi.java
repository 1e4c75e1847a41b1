package nl.regiograaf.model;

import io.javalin.openapi.OpenApiDescription;
import java.util.List;

/** Response shape of the what-if check of a proposed division ({@code /api/scenarios/check}). */
public final class ScenarioApi {

    private ScenarioApi() {
    }

    /** A region of the scenario; {@code added}: not a region of the base. */
    public record ScenarioRegion(String code, String name, List<String> municipalities, long population, boolean added) {
    }

    public record RegionPopulation(String code, String name, long population) {
    }

    public record Balance(RegionPopulation smallest, RegionPopulation largest,
                          @OpenApiDescription("largest / smallest population; null when the smallest region has none")
                          Double ratio) {
    }

    /**
     * One direction of a comparison (regions of the first side against the second): the congruence and the number of
     * congruent regions of the base ({@code before}) and of the scenario ({@code after}), and which regions of the
     * first side became congruent or lost it. Before-fields are null when the scenario has no base.
     */
    public record Direction(Double before, double after, Integer congruentBefore, int congruentAfter,
                            List<Api.Ref> becameCongruent, List<Api.Ref> lostCongruence) {
    }

    /** The scenario against one national division, in both directions; {@code base}: this is the base division. */
    public record Against(String kind, String label, boolean base,
                          @OpenApiDescription("the scenario's regions against this division's (scenario → division)")
                          Direction scenarioToDivision,
                          @OpenApiDescription("this division's regions against the scenario's (division → scenario)")
                          Direction divisionToScenario) {
    }

    /** A municipality whose regions differ from the base: its regions there and in the scenario (empty: none). */
    public record Change(Api.Ref municipality, List<Api.Ref> from, List<Api.Ref> to) {
    }

    public record Check(String name,
                        @OpenApiDescription("the division the moves apply to (null for a whole division without base)")
                        String base,
                        @OpenApiDescription("moves (a base with moved municipalities) or csv (a whole division)")
                        String input,
                        int moves,
                        @OpenApiDescription("the partition check of the scenario, as one item of /api/partition-check; kind SCENARIO")
                        Analysis.PartitionCheck partition,
                        List<ScenarioRegion> regions,
                        Balance balance,
                        List<Against> against,
                        List<Change> changes,
                        boolean truncated) {
    }
}
