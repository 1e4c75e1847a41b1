package nl.regiograaf.importer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical kinds of support point and the labels that map onto them ({@code data/nl/support_point_kinds.csv}).
 * The four kinds (steunpunt, zelfregiecentrum, mentaal-gezondheidscentrum, inloophuis) are extended by
 * herstelacademie and respijthuis, which the real data holds. Every label of the real file is listed there
 * explicitly, so a new label stops the startup import instead of being dropped or guessed.
 */
public final class SupportPointKinds {

    public static final String FILE = "support_point_kinds.csv";
    private static final SupportPointKinds INSTANCE = new SupportPointKinds(CsvFiles.read(FILE));

    private final Set<String> kinds = new LinkedHashSet<>();
    private final Map<String, String> kindByLabel = new HashMap<>();

    SupportPointKinds(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("label").equals(r.get("kind"))) {
                kinds.add(r.get("kind"));
            }
        }
        for (Map<String, String> r : rows) {
            if (!kinds.contains(r.get("kind"))) {
                throw new IllegalStateException(FILE + ": label '" + r.get("label") + "' maps to unknown kind " + r.get("kind"));
            }
            kindByLabel.put(Names.normalize(r.get("label")), r.get("kind"));
        }
    }

    public static SupportPointKinds get() {
        return INSTANCE;
    }

    /** The canonical kinds, in the order of the file. */
    public Set<String> kinds() {
        return kinds;
    }

    /** The canonical kind of a label (case, accents and punctuation ignored). */
    public Optional<String> resolve(String label) {
        return Optional.ofNullable(kindByLabel.get(Names.normalize(label)));
    }
}
