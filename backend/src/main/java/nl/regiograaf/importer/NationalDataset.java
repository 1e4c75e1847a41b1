package nl.regiograaf.importer;

import java.util.List;
import java.util.Map;

/**
 * The national reference graph as rows ready for the import Cypher: every row carries its source id
 * and reference date. Built by {@link NationalDataLoader}, written by {@link NationalImporter}.
 */
public record NationalDataset(
        List<Map<String, Object>> sources,
        List<Map<String, Object>> divisions,
        List<Map<String, Object>> municipalities,
        List<Map<String, Object>> regions,
        List<Map<String, Object>> memberships,
        List<Map<String, Object>> borders,
        List<Map<String, Object>> insurers,
        List<Map<String, Object>> traumaCentres,
        List<Map<String, Object>> mandaatgemeenten,
        List<Map<String, Object>> aliases) {

    public int rowCount() {
        return sources.size() + divisions.size() + municipalities.size() + regions.size() + memberships.size()
                + borders.size() + insurers.size() + traumaCentres.size() + mandaatgemeenten.size() + aliases.size();
    }
}
