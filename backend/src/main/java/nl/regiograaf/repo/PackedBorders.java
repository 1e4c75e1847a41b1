package nl.regiograaf.repo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every municipality's border list packed in one string (on the PackedBorders node, written at every national write
 * from the border lists, see import/borders_packed.cypher): at ×300 the lists are ~100,000 Bolt lists of ~250,000
 * codes whose decoding, and the border rows and code lookups built from them, dominated the partition and scenario
 * checks. Municipalities in code order, separated by RS (U+001E); per municipality its code, US (U+001F), and the
 * places in that order of the municipalities its stored BORDERS point to (decimal), separated by GS (U+001D). Not
 * packed when a code holds one of these characters or a border points to a municipality without a code.
 */
public final class PackedBorders {

    private PackedBorders() {
    }

    /** The borders as the analyses use them: municipality codes by place, and each stored border as two places. */
    public record Edges(String[] codes, int[] a, int[] b, int count) {
    }

    /** The packed value of {@code borders} (per code in {@code codes}, in code order), or null (see above). */
    public static String pack(List<String> codes, List<List<String>> borders) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!PackedRegions.plain(codes.get(i))) {
                return null;
            }
            place.put(codes.get(i), i);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                out.append(PackedRegions.REGION);
            }
            out.append(codes.get(i)).append(PackedRegions.FIELD);
            List<String> to = borders.get(i);
            if (to == null) {
                return null;
            }
            for (int k = 0; k < to.size(); k++) {
                Integer p = to.get(k) == null ? null : place.get(to.get(k));
                if (p == null) {
                    return null;
                }
                if (k > 0) {
                    out.append(PackedRegions.ENTRY);
                }
                out.append(p);
            }
        }
        return out.toString();
    }

    /** The borders of a packed value; null when it holds more than {@code cap} borders (then read from the lists). */
    public static Edges unpack(String packed, int cap) {
        String[] codes = new String[1024];
        int[] a = new int[1024];
        int[] b = new int[1024];
        int municipalities = 0;
        int edges = 0;
        int at = 0;
        int end = packed.length();
        while (at < end) {
            int field = packed.indexOf(PackedRegions.FIELD, at);
            int next = packed.indexOf(PackedRegions.REGION, field);
            if (next < 0) {
                next = end;
            }
            if (municipalities == codes.length) {
                codes = Arrays.copyOf(codes, municipalities * 2);
            }
            codes[municipalities] = packed.substring(at, field);
            int value = -1;
            for (int i = field + 1; i <= next; i++) {
                char c = i < next ? packed.charAt(i) : PackedRegions.ENTRY;
                if (c == PackedRegions.ENTRY) {
                    if (value >= 0) {
                        if (edges == cap) {
                            return null;
                        }
                        if (edges == a.length) {
                            a = Arrays.copyOf(a, edges * 2);
                            b = Arrays.copyOf(b, edges * 2);
                        }
                        a[edges] = municipalities;
                        b[edges++] = value;
                    }
                    value = -1;
                } else {
                    value = (value < 0 ? 0 : value * 10) + (c - '0');
                }
            }
            municipalities++;
            at = next + 1;
        }
        return new Edges(Arrays.copyOf(codes, municipalities), a, b, edges);
    }
}
