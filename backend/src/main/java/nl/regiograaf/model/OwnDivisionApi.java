package nl.regiograaf.model;


/** The answer of {@code POST /api/import/divisions}: what was stored and the versions it produced. */
public final class OwnDivisionApi {

    private OwnDivisionApi() {
    }

    /**
     * {@code kind}: the division's kind as every endpoint now takes it; {@code scope}: national, a province code or the
     * municipality codes; {@code scopeMunicipalities}: how many municipalities the scope holds; {@code replaced}: an
     * earlier version of this own division was replaced.
     */
    public record ImportResult(SupportApi.DatasetRef dataset, String kind, String name, String scope,
                               int scopeMunicipalities, int regions, int memberships, int municipalities,
                               int rows, boolean replaced, long datasetVersion,
                               long dataVersion, long millis, String format, String encoding, String delimiter) {
    }
}
