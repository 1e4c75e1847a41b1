package nl.regiograaf.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The five IZA/GALA ketenaanpakken: code, Dutch name, and the names people write for them. */
public final class Ketenaanpakken {

    public record Ketenaanpak(String code, String name, List<String> aliases) {
    }

    public static final List<Ketenaanpak> ALL = List.of(
            new Ketenaanpak("kansrijke-start", "Kansrijke Start", List.of("kansrijke start", "ks")),
            new Ketenaanpak("valpreventie", "Valpreventie bij ouderen",
                    List.of("valpreventie", "valpreventie ouderen", "vallen ouderen")),
            new Ketenaanpak("overgewicht-kinderen", "Aanpak overgewicht en obesitas bij kinderen",
                    List.of("overgewicht kinderen", "overgewicht en obesitas kinderen", "aanpak overgewicht en obesitas kinderen",
                            "gezond gewicht kinderen", "kind naar gezonder gewicht")),
            new Ketenaanpak("gli", "Gecombineerde leefstijlinterventie (GLI)",
                    List.of("gli", "gecombineerde leefstijlinterventie")),
            new Ketenaanpak("welzijn-op-recept", "Welzijn op Recept", List.of("welzijn op recept", "wor")));

    private static final Map<String, String> CODE_BY_KEY = new HashMap<>();

    static {
        for (Ketenaanpak k : ALL) {
            CODE_BY_KEY.put(Names.normalize(k.code()), k.code());
            CODE_BY_KEY.put(Names.normalize(k.name()), k.code());
            // "Gezond gewicht 18+" and "18-" normalise to the same key, so they are deliberately not aliases.
            k.aliases().forEach(a -> {
                String previous = CODE_BY_KEY.putIfAbsent(Names.normalize(a), k.code());
                if (previous != null && !previous.equals(k.code())) {
                    throw new IllegalStateException("Ambiguous ketenaanpak alias " + a);
                }
            });
        }
    }

    private Ketenaanpakken() {
    }

    public static Optional<String> resolve(String text) {
        return Optional.ofNullable(CODE_BY_KEY.get(Names.normalize(text)));
    }

    public static Map<String, String> namesByCode() {
        Map<String, String> m = new LinkedHashMap<>();
        ALL.forEach(k -> m.put(k.code(), k.name()));
        return m;
    }

    public static List<Map<String, Object>> rows() {
        return ALL.stream().map(k -> Map.<String, Object>of("code", k.code(), "name", k.name())).toList();
    }
}
