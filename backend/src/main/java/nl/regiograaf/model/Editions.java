package nl.regiograaf.model;

import io.javalin.openapi.OpenApiDescription;
import java.util.List;

/** Response shapes of the editions: the list, the diff of two editions, an edition's regions and check, a history. */
public final class Editions {

    private Editions() {
    }

    @OpenApiDescription("one edition of a division; year null for the current edition")
    public record Info(String id, String kind, Integer year, boolean current, String referenceDate,
                       @OpenApiDescription("the date the edition's municipality set is valid on")
                       String municipalitySetDate,
                       int municipalities, int regions, String source, String note) {
    }

    /** A municipal event: the municipalities before and after; {@code absorbing} when the new one existed before. */
    public record Event(String date, String kind, List<Api.Ref> from, List<Api.Ref> to,
                        @OpenApiDescription("true when the municipality taken into already existed (Weesp into Amsterdam)")
                        boolean absorbing,
                        @OpenApiDescription("source id of the events (see /api/sources)")
                        String source,
                        @OpenApiDescription("the documents the event's rows cite")
                        String citation) {
    }

    @OpenApiDescription("same region (matched by members after the crosswalk) under another name")
    public record Renamed(Api.Ref from, Api.Ref to,
                          @OpenApiDescription("true when the members are the same after the crosswalk")
                          boolean sameMembers,
                          @OpenApiDescription("true when the names differ only in case, accents or punctuation")
                          boolean spellingOnly) {
    }

    @OpenApiDescription("a municipality of the from edition whose successor lies in another region than its region's match")
    public record Moved(Api.Ref municipality,
                        @OpenApiDescription("the municipality it is (part of) in the to edition")
                        Api.Ref now,
                        Api.Ref from, Api.Ref to,
                        @OpenApiDescription("CBS 1 January 2026 population of the municipality when it still exists; null for a former one")
                        Long population,
                        @OpenApiDescription("the municipal events that carried it to 'now' (empty when it continues)")
                        List<Event> via) {
    }

    public record Merged(List<Api.Ref> from, Api.Ref to) {
    }

    public record Split(Api.Ref from, List<Api.Ref> to) {
    }

    public record Summary(int unchanged, int renamed, int moved, int merged, int split, int municipalityEvents,
                          int mergers, int splits, int renames,
                          @OpenApiDescription("municipalities of the from edition that no longer exist in the to edition")
                          int dissolvedMunicipalities,
                          @OpenApiDescription("municipalities in a region of from that are in no region of to")
                          int leftOut) {
    }

    @OpenApiDescription("codes in the to edition's set to mark on a map")
    public record Marks(List<String> moved, List<String> merged) {
    }

    public record Diff(String from, String to, Info fromEdition, Info toEdition, Summary summary,
                       List<Renamed> renamed, List<Moved> moved, List<Merged> merged, List<Split> split,
                       List<Event> municipalityEvents,
                       @OpenApiDescription("municipalities (of the to set) in a region of from and in no region of to: a scenario's "
                               + "moves out of every region, or an own division's scope")
                       List<Api.Ref> leftOut,
                       Marks marks) {
    }

    public record RegionSummary(String kind, String edition, String code, String name, long members,
                                @OpenApiDescription("CBS 1 January 2026 population of the members that still exist")
                                long population,
                                @OpenApiDescription("members that no longer exist (merged or split since)")
                                long formerMembers) {
    }

    public record PartitionCheck(String kind, String edition, boolean ok, List<Api.Ref> unassigned,
                                 List<Analysis.MultipleAssignment> multiplyAssigned, List<Analysis.Fragment> fragmented,
                                 @OpenApiDescription("false for an edition on an older municipality set: no boundaries of "
                                         + "that set are held, so fragmented is not checked")
                                 boolean contiguityChecked,
                                 @OpenApiDescription("size of the edition's municipality set")
                                 int municipalities,
                                 long unknownMembership, String referenceDate, boolean truncated) {
    }

    /** One edition a municipality (or its predecessors) belonged to. */
    public record HistoryEntry(String edition, String referenceDate, Api.Ref municipality, List<Api.Ref> regions) {
    }

    public record History(String code, String name, List<Event> predecessors, List<HistoryEntry> editions) {
    }
}
