package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.List;
import nl.regiograaf.analysis.GraphRows;

/**
 * A division's regions with their members packed in one string (the Division's {@code packedRegions}, written at every
 * national write): at ×300 a division's member lists are ~100,000 Bolt list entries whose server-side collection and
 * driver-side decoding dominated the first answers; one string moves and splits far faster. Regions in code order,
 * separated by RS (U+001E); per region four or five fields separated by US (U+001F): code, name, member codes, sources,
 * evidence levels; list entries separated by GS (U+001D). Sources and evidence levels are one entry when all members
 * share it. Values holding one of these control characters are not packed (the division is then read from the lists).
 */
public final class PackedRegions {

    static final char REGION = '\u001E';
    static final char FIELD = '\u001F';
    static final char ENTRY = '\u001D';

    private PackedRegions() {
    }

    /** One region as the lists hold it. */
    public record Region(String code, String name, List<String> members, List<String> sources, List<String> evidence) {
    }

    /** The packed value of {@code regions} (in code order), or null when a value holds a separator or is missing. */
    public static String pack(List<Region> regions) {
        StringBuilder out = new StringBuilder();
        for (Region r : regions) {
            if (!out.isEmpty()) {
                out.append(REGION);
            }
            if (!plain(r.code()) || !plain(r.name())) {
                return null;
            }
            if (r.members() == null || r.sources() == null || r.evidence() == null
                    || r.sources().size() != r.members().size() || r.evidence().size() != r.members().size()) {
                return null;
            }
            out.append(r.code()).append(FIELD).append(r.name()).append(FIELD);
            if (!entries(out, r.members(), false)) {
                return null;
            }
            out.append(FIELD);
            if (!entries(out, r.sources(), true)) {
                return null;
            }
            out.append(FIELD);
            if (!entries(out, r.evidence(), true)) {
                return null;
            }
        }
        return out.toString();
    }

    private static boolean entries(StringBuilder out, List<String> values, boolean oneWhenEqual) {
        List<String> written = oneWhenEqual && !values.isEmpty() && values.stream().allMatch(values.get(0)::equals)
                ? values.subList(0, 1) : values;
        for (int i = 0; i < written.size(); i++) {
            if (!plain(written.get(i))) {
                return false;
            }
            if (i > 0) {
                out.append(ENTRY);
            }
            out.append(written.get(i));
        }
        return true;
    }

    private static boolean plain(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == REGION || c == FIELD || c == ENTRY) {
                return false;
            }
        }
        return true;
    }

    /**
     * The division's rows from its packed value, at most {@code cap} rows counted as the query counts them (one per
     * membership, one per region without members); truncated when it holds more.
     */
    public static GraphRows.Division unpack(String kind, String referenceDate, String packed, int cap) {
        List<GraphRows.Region> regions = new ArrayList<>();
        List<GraphRows.Membership> memberships = new ArrayList<>();
        long rows = 0;
        int at = 0;
        int end = packed.length();
        while (at < end) {
            int regionEnd = packed.indexOf(REGION, at);
            if (regionEnd < 0) {
                regionEnd = end;
            }
            int f1 = packed.indexOf(FIELD, at);
            int f2 = packed.indexOf(FIELD, f1 + 1);
            int f3 = packed.indexOf(FIELD, f2 + 1);
            int f4 = packed.indexOf(FIELD, f3 + 1);
            String code = packed.substring(at, f1);
            String[] members = f2 + 1 == f3 ? new String[0] : split(packed, f2 + 1, f3);
            if (rows < cap) {
                regions.add(new GraphRows.Region(kind, code, packed.substring(f1 + 1, f2)));
                String[] sources = split(packed, f3 + 1, f4);
                String[] evidence = split(packed, f4 + 1, regionEnd);
                for (int i = 0; i < members.length && rows + i < cap; i++) {
                    memberships.add(new GraphRows.Membership(members[i], code,
                            blankToNull(sources[sources.length == 1 ? 0 : i]),
                            blankToNull(evidence[evidence.length == 1 ? 0 : i])));
                }
            }
            rows += members.length == 0 ? 1 : members.length;
            at = regionEnd + 1;
        }
        return new GraphRows.Division(kind, referenceDate, regions, memberships, rows > cap);
    }

    /** The entries between {@code from} and {@code to} (scanned within them only: a field is short, the value long). */
    private static String[] split(String s, int from, int to) {
        List<String> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ENTRY) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start, to));
        return parts.toArray(new String[0]);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
