package nl.regiograaf.repo;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
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

    /** Whether {@code value} can stand in a packed value: present and free of the separators (also for the other packings). */
    static boolean plain(String value) {
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
     * membership, one per region without members); truncated when it holds more. The memberships are a view of the
     * packed value (see {@link Memberships}).
     */
    public static GraphRows.Division unpack(String kind, String referenceDate, String packed, int cap) {
        List<GraphRows.Region> regions = new ArrayList<>();
        Memberships memberships = new Memberships(packed);
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
            int members = f2 + 1 == f3 ? 0 : count(packed, f2 + 1, f3) + 1;
            if (rows < cap) {
                regions.add(new GraphRows.Region(kind, code, packed.substring(f1 + 1, f2)));
                int take = (int) Math.min(members, cap - rows);
                if (take > 0) {
                    memberships.addRegion(code, f2 + 1, f3, take, split(packed, f3 + 1, f4), split(packed, f4 + 1, regionEnd));
                }
            }
            rows += members == 0 ? 1 : members;
            at = regionEnd + 1;
        }
        memberships.trim();
        return new GraphRows.Division(kind, referenceDate, regions, memberships, rows > cap);
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ENTRY) {
                n++;
            }
        }
        return n;
    }

    /**
     * The memberships of a packed division as a view: per row only the bounds of its member code in the packed value
     * and its region, each {@link GraphRows.Membership} made when read. At ×300 a division held ~100,000 membership
     * records and code strings for as long as its national version, and the young collections copying those live
     * sets made the first answers slow and uneven; a few int arrays are copied in one go.
     */
    public static final class Memberships extends AbstractList<GraphRows.Membership> implements RandomAccess {
        private final String packed;
        private int[] from = new int[64];
        private int[] to = new int[64];
        private int[] regionOfRow = new int[64];
        private final List<String> regionCodes = new ArrayList<>();
        private final List<String[]> sources = new ArrayList<>();
        private final List<String[]> evidence = new ArrayList<>();
        private final List<Integer> firstRow = new ArrayList<>();
        private int size;

        Memberships(String packed) {
            this.packed = packed;
        }

        /** The first {@code take} members listed in {@code packed[start, end)}, with their sources and evidence levels. */
        void addRegion(String code, int start, int end, int take, String[] regionSources, String[] regionEvidence) {
            int region = regionCodes.size();
            regionCodes.add(code);
            sources.add(regionSources);
            evidence.add(regionEvidence);
            firstRow.add(size);
            int begin = start;
            for (int i = start; i <= end && take > 0; i++) {
                if (i == end || packed.charAt(i) == ENTRY) {
                    if (size == from.length) {
                        from = Arrays.copyOf(from, size * 2);
                        to = Arrays.copyOf(to, size * 2);
                        regionOfRow = Arrays.copyOf(regionOfRow, size * 2);
                    }
                    from[size] = begin;
                    to[size] = i;
                    regionOfRow[size++] = region;
                    take--;
                    begin = i + 1;
                }
            }
        }

        void trim() {
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            regionOfRow = Arrays.copyOf(regionOfRow, size);
        }

        @Override
        public GraphRows.Membership get(int i) {
            java.util.Objects.checkIndex(i, size);
            return new GraphRows.Membership(packed.substring(from[i], to[i]), region(i), source(i), evidenceLevel(i));
        }

        /** The packed value; row {@code i}'s municipality code is {@code packed[codeFrom(i), codeTo(i))}. */
        public String packed() {
            return packed;
        }

        public int codeFrom(int i) {
            return from[i];
        }

        public int codeTo(int i) {
            return to[i];
        }

        /** Row {@code i}'s region code (one string per region). */
        public String region(int i) {
            return regionCodes.get(regionOfRow[i]);
        }

        public String source(int i) {
            String[] s = sources.get(regionOfRow[i]);
            return blankToNull(s[s.length == 1 ? 0 : i - firstRow.get(regionOfRow[i])]);
        }

        public String evidenceLevel(int i) {
            String[] e = evidence.get(regionOfRow[i]);
            return blankToNull(e[e.length == 1 ? 0 : i - firstRow.get(regionOfRow[i])]);
        }

        @Override
        public int size() {
            return size;
        }
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
