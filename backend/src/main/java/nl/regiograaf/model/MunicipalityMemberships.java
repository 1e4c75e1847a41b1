package nl.regiograaf.model;

import java.util.List;
import java.util.Map;

/** The region codes of one municipality per division kind (lists: a municipality can be in two regions). */
public record MunicipalityMemberships(String municipality, Map<String, List<String>> regions) {
}
