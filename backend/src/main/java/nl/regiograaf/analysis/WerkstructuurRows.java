package nl.regiograaf.analysis;

import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Api;

/** The rows the werkstructuur, the venster and the SPUK budget check read (Cypher files and reference files). */
public final class WerkstructuurRows {

    private WerkstructuurRows() {
    }

    /** A member of an IZA/AZWA region with its Brede SPUK amounts and its GGD, zorgkantoor and ROAZ region codes. */
    public record Member(String code, String name, long population, Long bredeSpuk2025, Long bredeSpuk2026,
                         List<String> regions) {
    }

    /** An IZA/AZWA region: mandaatgemeente as printed (a municipality, or a public body such as SamenTwente). */
    public record Region(String code, String name, String mandaatgemeente, Api.Ref mandaatMunicipality,
                         String mandaatSource, Long spukIza2025, Long spukIza2026, String spukSource,
                         String referenceDate, List<Member> members) {
    }

    /** A GGD, zorgkantoor or ROAZ region; {@code holder} is the zorgkantoor's concession holder (null elsewhere). */
    public record Partner(String kind, String code, String name, List<String> members, Holder holder) {
    }

    public record Holder(String name, Long referenceYear, String source, String referenceDate) {
    }

    public record Role(String region, String role, String topic, String organisation, String person, String since,
                       String source) {
    }

    public record Document(String region, String document, String status, String date, String url) {
    }

    public record Answer(String region, int year, String financier, String question, int answer, String toelichting,
                         boolean demo) {
    }

    /** A row of {@code werkstructuur_dates.csv}. */
    public record Deadline(String event, String date, String appliesTo, String source, String sourceDate, String note) {
    }

    /** A row of {@code azwa_funding_2027_2029.csv}: million euro per year. */
    public record Funding(String part, String recipient, String distributionKey, Map<Integer, Long> eurMln,
                          String source, String sourceDate, String note) {
    }
}
