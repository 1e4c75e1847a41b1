package nl.regiograaf.model;

import io.javalin.openapi.OpenApiDescription;
import java.util.List;
import java.util.Map;

/** Response shapes of the werkstructuur, the venster op de samenwerking and the SPUK budget check. */
public final class WerkstructuurApi {

    private WerkstructuurApi() {
    }

    // ------------------------------------------------------------------ SPUK budget check

    public record SpukCheck(
            @OpenApiDescription("how the band is set and what a finding means") String method,
            @OpenApiDescription("relative half-width of the band around the median ratio") double tolerance,
            @OpenApiDescription("per year: median and national ratio, band, regions outside it") Map<String, SpukYearBand> years,
            List<SpukRegion> regions,
            @OpenApiDescription("the regions outside the band in some year") List<SpukRegion> findings,
            String source) {
    }

    public record SpukYearBand(int year, double median, double nationalRatio, double low, double high,
                               long spukIzaTotal, long bredeSpukTotal, List<String> outside) {
    }

    public record SpukRegion(String code, String name, String mandaatgemeente, int members,
                             @OpenApiDescription("per year: SPUK IZA, sum of the members' Brede SPUK, ratio") Map<String, SpukYear> years,
                             boolean flagged,
                             @OpenApiDescription("'afwijking in de bron' (one year out of band, the other in: the membership is "
                                     + "the same in both years, so the amount as printed deviates) or 'ledenlijst of bron "
                                     + "controleren' (out of band in every year); null when in band") String finding,
                             String explanation) {
    }

    public record SpukYear(long spukIza, long bredeSpukMembers, double ratio,
                           @OpenApiDescription("ratio / median - 1") double deviation, boolean outsideBand) {
    }

    // ------------------------------------------------------------------ werkstructuur

    public record Werkstructuur(
            @OpenApiDescription("the day the deadline statuses are computed for") String today,
            List<Deadline> deadlines,
            List<Funding> azwaFunding,
            @OpenApiDescription("how the AZWA raming per region is computed") String estimateMethod,
            List<Region> regions,
            National national) {
    }

    public record National(int regions, int werkagendaOnTime, int werkagendaLate, int werkagendaPending,
                           int werkagendaUnknown, List<String> lateRegions, int nonCongruentGgdRegions) {
    }

    public record Deadline(String event, String date, String appliesTo, String source, String sourceDate, String note) {
    }

    public record Funding(String part, String recipient, String distributionKey, Map<String, Long> eur, String source,
                          String sourceDate, String note) {
    }

    public record Region(String code, String name, long population, List<WerkstructuurMember> members, Mandaat mandaatgemeente,
                         List<Role> roles,
                         @OpenApiDescription("GGD regions sharing municipalities with the region, non-congruent first") List<Partner> ggd,
                         @OpenApiDescription("zorgkantoor regions, with the concession holder") List<Partner> zorgkantoor,
                         List<Partner> roaz,
                         List<DocumentStatus> documents,
                         AzwaDeadline azwaDeadline,
                         Money money) {
    }

    public record WerkstructuurMember(String code, String name, long population, boolean mandaatgemeente) {
    }

    public record Mandaat(String name, Api.Ref municipality,
                          @OpenApiDescription("true when the recipient is a public body, not a municipality (Twente: SamenTwente)") boolean publicBody,
                          String source, String referenceDate) {
    }

    public record Role(String role, String topic, String organisation, String person,
                       @OpenApiDescription("since when, or 'onbekend'") String since,
                       String source,
                       @OpenApiDescription("reference (shipped public data) or import") String origin,
                       boolean known,
                       @OpenApiDescription("true for a designation older than five years (zorgkantoor 2015)") boolean old) {
    }

    public record Partner(String kind, String code, String name, int members, List<Api.Ref> shared, long sharedPopulation,
                          @OpenApiDescription("same municipalities as the IZA/AZWA region") boolean congruent,
                          @OpenApiDescription("holds every municipality of the IZA/AZWA region") boolean coversRegion,
                          @OpenApiDescription("lies wholly inside the IZA/AZWA region") boolean withinRegion,
                          Concession concessionHolder) {
    }

    public record Concession(String name, long referenceYear, String designation,
                             @OpenApiDescription("the designation is more than five years old: the current holder may differ") boolean old,
                             String source) {
    }

    public record DocumentStatus(String document,
                                 @OpenApiDescription("niet gestart, in voorbereiding, vastgesteld, or onbekend (not imported)") String status,
                                 String date, String url, boolean imported) {
    }

    public record AzwaDeadline(String document, String deadline,
                               @OpenApiDescription("on-time, late, pending (deadline not yet passed) or unknown") String status,
                               Integer daysLate, Integer daysLeft, String adopted, String source) {
    }

    public record Money(Spuk spukIza, Estimate azwaEstimate) {
    }

    public record Spuk(@OpenApiDescription("real: amounts as printed by VWS") String kind, Long eur2025, Long eur2026,
                       String source) {
    }

    public record Estimate(@OpenApiDescription("raming: an estimate, not an allocation") String kind, List<EstimateYear> years,
                           String method, String source) {
    }

    public record EstimateYear(int year, long regional, long local, long total) {
    }

    // ------------------------------------------------------------------ venster

    public record Venster(int year, int previousYear, boolean includesDemo, List<String> financiers,
                          List<String> questions, String scale, List<VensterRegion> regions, VensterNational national) {
    }

    public record VensterRegion(String code, String name,
                                @OpenApiDescription("the answers shown are DEMO answers, not real") boolean demo,
                                boolean answered,
                                @OpenApiDescription("financier -> question -> answer 1..5 (absent: not answered)")
                                Map<String, Map<String, Integer>> answers,
                                List<Missing> missing, List<String> missingFinanciers, boolean complete,
                                @OpenApiDescription("questions whose answers differ by 2 or more points") List<Divergence> divergent,
                                boolean needsConversation,
                                @OpenApiDescription("financier -> question -> answer minus the previous year's")
                                Map<String, Map<String, Integer>> change,
                                boolean previousDemo,
                                List<String> toelichting) {
    }

    public record Missing(String financier, List<String> questions) {
    }

    public record Divergence(String question, int min, int max, int spread, Map<String, Integer> answers) {
    }

    public record VensterNational(int regions, int answered, int complete, int needsConversation,
                                  List<String> conversationRegions, Map<String, Integer> missingByFinancier,
                                  Map<String, Integer> divergentByQuestion,
                                  @OpenApiDescription("financier -> question -> mean answer over the regions answering") Map<String, Map<String, Double>> mean,
                                  int demoRegions) {
    }
}
