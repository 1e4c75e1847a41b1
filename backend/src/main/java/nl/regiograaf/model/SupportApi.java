package nl.regiograaf.model;

import java.util.List;
import java.util.Map;

/**
 * Response shapes of the support-point and ketenaanpak endpoints. Every answer built from datasets names them
 * ({@code datasets}) and says whether demo data is in it ({@code includesDemo}).
 */
public final class SupportApi {

    private SupportApi() {
    }

    /** A dataset: real reference data, DEMO data made by the generator, or a user's import. */
    public record Dataset(String id, String kind, boolean demo, String origin, Long version, String source,
                          String scope, Long rows, String importedAt) {
    }

    /** The short form of a dataset in an answer. */
    public record DatasetRef(String id, boolean demo, String scope) {
    }

    public record Datasets(List<Dataset> datasets) {
    }

    public record PointMunicipality(String code, String name) {
    }

    /**
     * located: address (own coordinates), municipality (placed on the municipality's representative point) or
     * none (the source names no municipality: no position, not used by coverage).
     */
    public record SupportPoint(String id, String name, String kind, String kindLabel, PointMunicipality municipality,
                               Double lat, Double lon, String located, boolean demo, String source, String sourceUrl,
                               String address, String town, String asOf, boolean planned, String note, String dataset) {
    }

    public record SupportPoints(List<DatasetRef> datasets, boolean includesDemo, List<String> kinds, int count,
                                boolean truncated, List<SupportPoint> points) {
    }

    /**
     * One municipality. {@code pointsIn}: measured points located in it (the norm); {@code nearestKm} and
     * {@code pointsWithin} (null under the municipality criterion): distance reach; {@code covered}: meets the asked
     * criterion.
     */
    public record MunicipalityCoverage(String code, String name, long population, int pointsIn, Double nearestKm,
                                       Integer pointsWithin, boolean covered) {
    }

    /**
     * One region: its population and members meeting the criterion ({@code coveredPopulation},
     * {@code coveredMunicipalities}), and, whatever the criterion, its members without a measured point of their own.
     */
    public record RegionCoverage(String code, String name, long population, long coveredPopulation, double share,
                                 int pointsInRegion, int municipalities, int coveredMunicipalities,
                                 int municipalitiesWithoutPoint, long populationWithoutPoint) {
    }

    /** municipalities: those not meeting the asked criterion; regionsWithoutPoint: regions without any measured point. */
    public record Gaps(List<String> municipalities, List<String> regionsWithoutPoint) {
    }

    /** A point of the asked datasets the measurement leaves out, and why: unplaced, planned or not-lsp. */
    public record ExcludedPoint(String id, String name, String kind, PointMunicipality municipality, String dataset,
                                boolean demo, String reason) {
    }

    /**
     * Points left out: unplaced (no municipality or position), planned (planned only), notLsp (a kind that does not
     * count as a laagdrempelig steunpunt; only when the municipality criterion measures the LSP kinds by default).
     * {@code points} lists them (at most {@code SupportRepository.EXCLUDED_LISTED} per reason).
     */
    public record Excluded(long unplaced, long planned, long notLsp, List<ExcludedPoint> points) {
    }

    /** A fact with its own source and date. */
    public record NormFact(String value, String source, String sourceUrl, String sourceDate, String note) {
    }

    /** Whether a support-point kind counts as a laagdrempelig steunpunt, and why. */
    public record LspKind(String kind, boolean countsAsLsp, String reason, String reasonNl) {
    }

    public record Norm(NormFact minimumPerMunicipality, NormFact regionalNetwork, NormFact werkagendaDeadline,
                       NormFact nationalEstimate, List<LspKind> kinds) {
    }

    /**
     * criterion distance: covered = a point within radiusKm; municipality (the AZWA norm): covered = at least one
     * point in the municipality itself (radiusKm null). municipalitiesWithPoint(Share): gemeenten with a measured
     * point of their own, nationally, whatever the criterion.
     */
    public record Coverage(String criterion, Double radiusKm, String kind, List<String> kinds, String by,
                           List<DatasetRef> datasets, boolean includesDemo, int points, Excluded excluded,
                           String distance, Norm norm, List<MunicipalityCoverage> municipalities,
                           List<RegionCoverage> regions, Gaps gaps, long population, long coveredPopulation,
                           double coveredPopulationShare, int municipalityCount, int municipalitiesWithPoint,
                           double municipalitiesWithPointShare) {
    }

    public record Ketenaanpak(String code, String name) {
    }

    public record RegionRef(String kind, String code, String name) {
    }

    /** A statement naming only a region; never counted as participation of its member municipalities. */
    public record RegionStatement(String ketenaanpak, String statedRegion, RegionRef region, String regionMatch,
                                  String regionMatchReason, Integer sharedMunicipalities, List<String> expandedTo,
                                  String status, String evidence, String asOf, String source, String sourceUrl,
                                  String note, String dataset) {
    }

    /**
     * One region × ketenaanpak. state: municipal (at least one member with municipal evidence), region-level-only
     * (only a statement about a region) or absent (no evidence in the datasets).
     */
    public record KetenaanpakCell(String state, int municipalities, long population, double share,
                                  List<String> takingPart, Map<String, Integer> byEvidence,
                                  List<RegionStatement> regionLevel) {
    }

    public record KetenaanpakRegion(String code, String name, long population, int municipalities,
                                    Map<String, KetenaanpakCell> ketenaanpakken) {
    }

    public record NationalParticipation(int municipalities, long population, double share) {
    }

    public record KetenaanpakCoverage(String by, List<DatasetRef> datasets, boolean includesDemo,
                                      List<Ketenaanpak> ketenaanpakken,
                                      Map<String, NationalParticipation> national,
                                      List<KetenaanpakRegion> regions,
                                      Map<String, List<String>> absent,
                                      Map<String, List<String>> regionLevelOnly,
                                      List<RegionStatement> unplacedRegionStatements) {
    }

    public record ImportResult(DatasetRef dataset, String kind, String mode, int rows, long created, long updated,
                               long removed, long totalInDataset, long datasetVersion, long dataVersion, long millis,
                               String format, String encoding, String delimiter) {
    }
}
