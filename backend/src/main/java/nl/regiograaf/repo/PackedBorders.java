package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.List;
import nl.regiograaf.analysis.GraphRows;

/**
 * Every municipality's border list packed in one string (the {@code PackedBorders} node, written at every national
 * write), for the same reason as {@link PackedRegions}: at ×300 the border lists are ~100,000 Bolt list entries whose
 * collection, decoding and garbage dominated the first answers that need contiguity. Municipalities in code order,
 * separated by RS (U+001E); per municipality three fields separated by US (U+001F): code, the codes its stored borders
 * point to, their contacts (one entry when all are equal); entries separated by GS (U+001D). A value holding one of
 * these control characters, or a border without a contact, is not packed (the lists are read instead).
 */
public final class PackedBorders {

    private PackedBorders() {
    }

    /** One municipality's border list as the read model holds it. */
    public record Municipality(String code, List<String> borderCodes, List<String> contacts) {
    }

    /** The packed value of {@code municipalities} (in code order), or null when it cannot be packed. */
    public static String pack(List<Municipality> municipalities) {
        StringBuilder out = new StringBuilder();
        for (Municipality m : municipalities) {
            if (!out.isEmpty()) {
                out.append(PackedRegions.REGION);
            }
            List<String> codes = m.borderCodes() == null ? List.of() : m.borderCodes();
            List<String> contacts = m.contacts() == null ? List.of() : m.contacts();
            if (!plain(m.code()) || contacts.size() != codes.size()) {
                return null;
            }
            out.append(m.code()).append(PackedRegions.FIELD);
            if (!entries(out, codes, false)) {
                return null;
            }
            out.append(PackedRegions.FIELD);
            if (!entries(out, contacts, true)) {
                return null;
            }
        }
        return out.toString();
    }

    private static boolean entries(StringBuilder out, List<String> values, boolean oneWhenEqual) {
        List<String> written = oneWhenEqual && !values.isEmpty() && values.stream().allMatch(values.get(0)::equals)
                ? values.subList(0, 1) : values;
        for (int i = 0; i < written.size(); i++) {
            // an empty entry would read back as "no borders" or a missing contact
            if (!plain(written.get(i)) || written.get(i).isEmpty()) {
                return false;
            }
            if (i > 0) {
                out.append(PackedRegions.ENTRY);
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
            if (c == PackedRegions.REGION || c == PackedRegions.FIELD || c == PackedRegions.ENTRY) {
                return false;
            }
        }
        return true;
    }

    /** The borders [a, b, contact] of the packed value, at most {@code cap}; truncated when it holds more. */
    public static GraphRows.Borders unpack(String packed, int cap) {
        List<GraphRows.Border> borders = new ArrayList<>();
        long total = 0;
        int at = 0;
        int end = packed.length();
        while (at < end) {
            int next = packed.indexOf(PackedRegions.REGION, at);
            if (next < 0) {
                next = end;
            }
            int f1 = packed.indexOf(PackedRegions.FIELD, at);
            int f2 = packed.indexOf(PackedRegions.FIELD, f1 + 1);
            if (f1 + 1 < f2) {
                String a = packed.substring(at, f1);
                String[] codes = split(packed, f1 + 1, f2);
                String[] contacts = split(packed, f2 + 1, next);
                for (int i = 0; i < codes.length; i++, total++) {
                    if (borders.size() < cap) {
                        borders.add(new GraphRows.Border(a, codes[i], contacts[contacts.length == 1 ? 0 : i]));
                    }
                }
            }
            at = next + 1;
        }
        return new GraphRows.Borders(borders, total > cap);
    }

    private static String[] split(String s, int from, int to) {
        List<String> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == PackedRegions.ENTRY) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start, to));
        return parts.toArray(new String[0]);
    }
}
