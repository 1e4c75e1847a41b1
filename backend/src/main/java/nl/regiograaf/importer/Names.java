package nl.regiograaf.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by joins on names and by search: case, diacritics and punctuation ignored. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(s).replaceAll(" ").strip();
    }

    /** A stable upper-case code fragment from a name: "Amstelland en De Meerlanden" → AMSTELLAND-EN-DE-MEERLANDEN. */
    public static String slug(String name) {
        return normalize(name).replace(' ', '-').toUpperCase(Locale.ROOT);
    }
}
