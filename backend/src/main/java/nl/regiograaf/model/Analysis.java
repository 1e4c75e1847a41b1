package nl.regiograaf.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.openapi.OpenApiDescription;
import java.util.List;
import java.util.Map;

/** Response shapes of the analysis endpoints (overlaps, partition check, graph, search). */
public final class Analysis {

    private Analysis() {
    }

    /** A municipality in an intersection; {@code multiple}: it lies in two or more regions of one of the two divisions. */
    public record IntersectionMunicipality(String code, String name, long population, boolean multiple) {
    }

    /** The municipalities that region {@code a} and region {@code b} share, with their population shares. */
    public record Intersection(Api.Ref a, Api.Ref b, List<IntersectionMunicipality> municipalities, long population,
                               @OpenApiDescription("population of the intersection / population of region a")
                               double shareOfA,
                               @OpenApiDescription("population of the intersection / population of region b")
                               double shareOfB) {
    }

    /** One region of either side: how many regions of the other side it touches and whether it nests in one. */
    public record RegionOverlap(String kind, String code, String name, long population,
                                @OpenApiDescription("number of regions of the other division this region shares municipalities with")
                                int intersects,
                                @OpenApiDescription("true when it touches exactly one region of the other division and "
                                        + "that region holds all its municipalities (a municipality in two regions makes "
                                        + "it touch two)")
                                boolean congruent,
                                @OpenApiDescription("population share of this region in its largest intersection")
                                double largestShare) {
    }

    public record Overlap(String a, String b,
                          @OpenApiDescription("reference date of each division, by kind")
                          Map<String, String> referenceDates,
                          List<Intersection> intersections,
                          List<RegionOverlap> regions,
                          @OpenApiDescription("sum over A-regions of the population in their largest intersection, divided by the "
                                  + "sum of the A-regions' populations; 1.0 means A nests in B")
                          double congruence,
                          @OpenApiDescription("codes of municipalities that lie in two or more regions of a or of b; they appear "
                                  + "in every intersection they belong to")
                          List<String> multiplyAssigned,
                          boolean truncated) {
    }

    /** A region of another division that a GGD region touches, with the shared municipalities. */
    public record GgdTouch(String code, String name, List<IntersectionMunicipality> municipalities, long population,
                           double shareOfGgd, double shareOfRegion) {
    }

    /** One GGD region and, per division (IZA, ZK, VR, ROAZ), the regions it touches. */
    public record GgdTables(String code, String name, long population,
                            Map<String, List<GgdTouch>> touches,
                            @OpenApiDescription("per division: whether the GGD region lies entirely in one of its regions")
                            Map<String, Boolean> congruent) {
    }

    public record GgdOverview(Map<String, String> referenceDates, List<GgdTables> regions, boolean truncated) {
    }

    public record MultipleAssignment(Api.Ref municipality, List<Api.Ref> regions) {
    }

    public record Fragment(Api.Ref region,
                           @OpenApiDescription("the connected pieces of the region's members over BORDERS, largest first")
                           List<List<String>> components) {
    }

    public record PartitionCheck(String kind,
                                 @OpenApiDescription("true when unassigned, multiplyAssigned and fragmented are all empty")
                                 boolean ok,
                                 List<Api.Ref> unassigned,
                                 List<MultipleAssignment> multiplyAssigned,
                                 List<Fragment> fragmented,
                                 @OpenApiDescription("memberships of this division that no source states: without a source, or "
                                         + "with an evidence level C (derived, e.g. C_derived_from_sourced_lists+sumcheck)")
                                 long unknownMembership,
                                 @OpenApiDescription("number of memberships per evidence level (IZA only)")
                                 Map<String, Long> membershipEvidence,
                                 String referenceDate,
                                 boolean truncated,
                                 @JsonInclude(JsonInclude.Include.NON_NULL)
                                 @OpenApiDescription("own divisions only: where unassigned municipalities are counted: "
                                         + "national, a province code (PV27) or the listed municipality codes")
                                 String scope) {
    }

    /** kind: MUNICIPALITY, a division kind (GGD, VR, ZK, ROAZ, IZA, PROVINCE), HOSPITAL or INSURER. */
    public record GraphNode(String id, String label, String kind) {
    }

    /** type: MEMBER_OF, BORDERS (with contact), TRAUMA_CENTRE_FOR, HOLDS_CONCESSION or MANDAATGEMEENTE. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GraphLink(String source, String target, String type, String contact) {
    }

    public record Graph(String focus, int depth, List<GraphNode> nodes, List<GraphLink> links,
                        @OpenApiDescription("true when the node cap cut the neighbourhood")
                        boolean truncated) {
    }

    /** kind: MUNICIPALITY or the division kind of a region. */
    public record SearchHit(String kind, String code, String name) {
    }
}
