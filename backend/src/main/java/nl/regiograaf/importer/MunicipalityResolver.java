package nl.regiograaf.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a municipality given by CBS code or by name (exact, then normalised, then a documented alias
 * from {@code name_aliases.csv}). An ambiguous normalised name resolves to nothing rather than a guess.
 */
public final class MunicipalityResolver {

    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<String, String> codeByNormalizedName = new HashMap<>();
    private final Map<String, String> codeByAlias = new HashMap<>();

    public MunicipalityResolver(Map<String, String> namesByCode, List<Map<String, String>> aliases) {
        nameByCode.putAll(namesByCode);
        namesByCode.forEach((code, name) -> {
            String key = Names.normalize(name);
            codeByNormalizedName.merge(key, code, (a, b) -> a.equals(b) ? a : "");
        });
        for (Map<String, String> alias : aliases) {
            if (namesByCode.containsKey(alias.get("code"))) {
                codeByAlias.merge(Names.normalize(alias.get("alias")), alias.get("code"), (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    public Optional<String> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (nameByCode.containsKey(upper)) {
            return Optional.of(upper);
        }
        if (upper.matches("\\d{1,4}") && nameByCode.containsKey(String.format("GM%04d", Integer.parseInt(upper)))) {
            return Optional.of(String.format("GM%04d", Integer.parseInt(upper)));
        }
        String key = Names.normalize(text);
        String code = codeByNormalizedName.get(key);
        if (code == null) {
            code = codeByAlias.get(key);
        }
        return Optional.ofNullable(code).filter(c -> !c.isEmpty());
    }

    public String require(String codeOrName, String where) {
        return resolve(codeOrName).orElseThrow(() ->
                new IllegalStateException("Unknown municipality '" + codeOrName + "' in " + where));
    }

    public String name(String code) {
        return nameByCode.get(code);
    }

    public Map<String, String> aliasesByNormalizedName() {
        return codeByAlias;
    }
}
