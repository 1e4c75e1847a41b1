package nl.regiograaf.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.regiograaf.repo.PackedRegions;

/**
 * The national rows as int arrays, built once per national version: each municipality gets an index (code order of
 * the rows), a division is the region index of every municipality, the borders an adjacency over the indexes. At
 * 100,000 municipalities the analyses built maps, lists and strings per municipality on every answer, and the young
 * collections copying those live sets caused the slow and uneven first answers; int arrays are copied in one go.
 * Answers build their objects and strings only for what they return.
 */
public final class DenseRows {

    private DenseRows() {
    }

    /** Municipalities by index: code, name and population per index, and the index of a code. */
    public static final class Municipalities {
        final String[] codes;
        final String[] names;
        final long[] populations;
        /** Open addressing over code hashes; a slot holds index + 1 (0: empty). */
        private final int[] slots;
        /** Each index's place in the order by name, then code (the order the answers list municipalities in). */
        final int[] nameRank;
        /** The indexes in that order. */
        final int[] byName;
        final boolean truncated;

        private Municipalities(String[] codes, String[] names, long[] populations, boolean truncated) {
            this.codes = codes;
            this.names = names;
            this.populations = populations;
            this.truncated = truncated;
            slots = new int[Integer.highestOneBit(Math.max(4, codes.length * 2)) * 2];
            for (int i = 0; i < codes.length; i++) {
                int s = slot(codes[i]);
                while (slots[s] != 0) {
                    s = (s + 1) & (slots.length - 1);
                }
                slots[s] = i + 1;
            }
            Integer[] byName = new Integer[codes.length];
            Arrays.setAll(byName, i -> i);
            Arrays.sort(byName, Comparator.comparing((Integer i) -> names[i], Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(i -> codes[i]));
            nameRank = new int[codes.length];
            this.byName = new int[codes.length];
            for (int r = 0; r < byName.length; r++) {
                nameRank[byName[r]] = r;
                this.byName[r] = byName[r];
            }
        }

        public static Municipalities of(GraphRows.Municipalities rows) {
            int n = rows.byCode().size();
            String[] codes = new String[n];
            String[] names = new String[n];
            long[] populations = new long[n];
            int i = 0;
            for (GraphRows.Municipality m : rows.byCode().values()) {
                codes[i] = m.code();
                names[i] = m.name();
                populations[i] = m.population();
                i++;
            }
            return new Municipalities(codes, names, populations, rows.truncated());
        }

        private int slot(String code) {
            int h = code.hashCode() * 0x9E3779B9;
            return (h ^ (h >>> 16)) & (slots.length - 1);
        }

        /** The index of the code {@code text[from, to)} (no string made), or -1 when no municipality row has it. */
        int indexOf(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i); // String.hashCode
            }
            int h = hash * 0x9E3779B9;
            int length = to - from;
            for (int s = (h ^ (h >>> 16)) & (slots.length - 1); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
                String code = codes[slots[s] - 1];
                if (code.length() == length && code.regionMatches(0, text, from, length)) {
                    return slots[s] - 1;
                }
            }
            return -1;
        }

        /** The index of {@code code}, or -1 when no municipality row has it. */
        public int indexOf(String code) {
            for (int s = slot(code); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
                if (codes[slots[s] - 1].equals(code)) {
                    return slots[s] - 1;
                }
            }
            return -1;
        }

        public int size() {
            return codes.length;
        }
    }

    /**
     * A division over municipality indexes: the distinct regions of municipality m are
     * {@code regionOf[start[m] .. start[m + 1])} (in the order of their first membership row), the distinct members of
     * region r {@code members[memberStart[r] .. memberStart[r + 1])} (by index). The division's own regions are
     * {@code listed} (in its order); regions only the memberships name follow them (named by their code).
     */
    public static final class Division {
        final String kind;
        final String referenceDate;
        final boolean truncated;
        final String[] regionCodes;
        final String[] regionNames;
        final String[] regionKinds;
        final int[] listed;
        final int[] start;
        final int[] regionOf;
        final int[] memberStart;
        final int[] members;
        final long[] populations;
        /** Membership rows without a source that states them, and rows per evidence level (as PartitionChecks counts). */
        final long unknown;
        final Map<String, Long> evidence;
        private final long[] municipalityPopulations;

        private Division(String kind, String referenceDate, boolean truncated, String[] regionCodes, String[] regionNames,
                         String[] regionKinds, int[] listed, int[] start, int[] regionOf, long[] municipalityPopulations,
                         long unknown, Map<String, Long> evidence) {
            this.kind = kind;
            this.referenceDate = referenceDate;
            this.truncated = truncated;
            this.regionCodes = regionCodes;
            this.regionNames = regionNames;
            this.regionKinds = regionKinds;
            this.listed = listed;
            this.start = start;
            this.regionOf = regionOf;
            this.unknown = unknown;
            this.evidence = evidence;
            this.municipalityPopulations = municipalityPopulations;
            int regions = regionCodes.length;
            memberStart = new int[regions + 1];
            for (int k = 0; k < regionOf.length; k++) {
                memberStart[regionOf[k] + 1]++;
            }
            for (int r = 0; r < regions; r++) {
                memberStart[r + 1] += memberStart[r];
            }
            members = new int[regionOf.length];
            populations = new long[regions];
            int[] next = Arrays.copyOf(memberStart, regions);
            for (int m = 0; m + 1 < start.length; m++) {
                for (int k = start[m]; k < start[m + 1]; k++) {
                    members[next[regionOf[k]]++] = m;
                    populations[regionOf[k]] += municipalityPopulations[m];
                }
            }
        }

        /**
         * The division over {@code municipalities}; null when it cannot be held so (a member without a municipality
         * row, a region listed twice): the caller then works from the rows.
         */
        public static Division of(GraphRows.Division division, Municipalities municipalities) {
            Map<String, Integer> regionIndex = new HashMap<>();
            int listedCount = division.regions().size();
            String[] codes = new String[listedCount + 16];
            String[] names = new String[codes.length];
            String[] kinds = new String[codes.length];
            int regions = 0;
            for (GraphRows.Region r : division.regions()) {
                if (regionIndex.putIfAbsent(r.code(), regions) != null) {
                    return null;
                }
                codes[regions] = r.code();
                names[regions] = r.name();
                kinds[regions] = r.kind();
                regions++;
            }
            List<GraphRows.Membership> rows = division.memberships();
            int[] rowMunicipality = new int[rows.size()];
            int[] rowRegion = new int[rows.size()];
            Map<String, Long> evidence = new TreeMap<>();
            long unknown = 0;
            String lastRegion = null;
            int last = -1;
            // A packed division is read without a membership object per row.
            PackedRegions.Memberships packed = rows instanceof PackedRegions.Memberships p ? p : null;
            for (int i = 0; i < rows.size(); i++) {
                GraphRows.Membership m = packed == null ? rows.get(i) : null;
                int municipality = m != null ? municipalities.indexOf(m.municipality())
                        : municipalities.indexOf(packed.packed(), packed.codeFrom(i), packed.codeTo(i));
                if (municipality < 0) {
                    return null;
                }
                rowMunicipality[i] = municipality;
                String region = m != null ? m.region() : packed.region(i);
                if (!region.equals(lastRegion)) {
                    lastRegion = region;
                    Integer r = regionIndex.get(lastRegion);
                    if (r == null) {
                        if (regions == codes.length) {
                            codes = Arrays.copyOf(codes, regions * 2);
                            names = Arrays.copyOf(names, regions * 2);
                            kinds = Arrays.copyOf(kinds, regions * 2);
                        }
                        codes[regions] = lastRegion;
                        names[regions] = lastRegion;
                        kinds[regions] = division.kind();
                        r = regions++;
                        regionIndex.put(lastRegion, r);
                    }
                    last = r;
                }
                rowRegion[i] = last;
                String source = m != null ? m.source() : packed.source(i);
                String level = m != null ? m.evidenceLevel() : packed.evidenceLevel(i);
                if (level != null) {
                    evidence.merge(level, 1L, Long::sum);
                }
                if (PartitionChecks.isUnknown(source, level)) {
                    unknown++;
                }
            }
            int[] listed = new int[listedCount];
            Arrays.setAll(listed, i -> i);
            int[][] grouped = group(rowMunicipality, rowRegion, municipalities.size());
            return new Division(division.kind(), division.referenceDate(), division.truncated(),
                    Arrays.copyOf(codes, regions), Arrays.copyOf(names, regions), Arrays.copyOf(kinds, regions), listed,
                    grouped[0], grouped[1], municipalities.populations, unknown, evidence);
        }

        /** (municipality, region) rows as start/regionOf: grouped by municipality in row order, each region once. */
        static int[][] group(int[] rowMunicipality, int[] rowRegion, int n) {
            int[] counts = new int[n + 1];
            for (int m : rowMunicipality) {
                counts[m + 1]++;
            }
            for (int i = 0; i < n; i++) {
                counts[i + 1] += counts[i];
            }
            int[] next = Arrays.copyOf(counts, n);
            int[] grouped = new int[rowMunicipality.length];
            for (int i = 0; i < rowMunicipality.length; i++) {
                grouped[next[rowMunicipality[i]]++] = rowRegion[i];
            }
            int[] start = new int[n + 1];
            int size = 0;
            for (int m = 0; m < n; m++) {
                start[m] = size;
                for (int k = counts[m]; k < counts[m + 1]; k++) {
                    int r = grouped[k];
                    boolean seen = false;
                    for (int q = start[m]; q < size && !seen; q++) {
                        seen = grouped[q] == r;
                    }
                    if (!seen) {
                        grouped[size++] = r;
                    }
                }
            }
            start[n] = size;
            return new int[][] {start, Arrays.copyOf(grouped, size)};
        }

        /**
         * As {@link Scenarios#applyMoves}: a moved municipality lies in exactly its new region (or none), a region the
         * moves name that the base lacks is added after the base's regions, and only regions that keep a member stay
         * listed. {@code baseRows} gives the membership rows of the municipalities that stay (unknown and evidence
         * counts); null when the moves cannot be held so (a municipality without a row, a move to a region only
         * memberships name).
         */
        Division withMoves(GraphRows.Division baseRows, List<Scenarios.Move> moves, Municipalities municipalities) {
            int n = municipalities.size();
            int[] movedTo = new int[n];
            Arrays.fill(movedTo, -2);
            Map<String, Integer> regionIndex = new HashMap<>();
            for (int r = 0; r < regionCodes.length; r++) {
                regionIndex.put(regionCodes[r], r);
            }
            boolean[] isListed = new boolean[regionCodes.length + moves.size()];
            for (int r : listed) {
                isListed[r] = true;
            }
            String[] codes = Arrays.copyOf(regionCodes, regionCodes.length + moves.size());
            String[] names = Arrays.copyOf(regionNames, codes.length);
            String[] kinds = Arrays.copyOf(regionKinds, codes.length);
            int[] order = Arrays.copyOf(listed, listed.length + moves.size());
            int listedCount = listed.length;
            int regions = regionCodes.length;
            Set<String> moved = new java.util.HashSet<>();
            for (Scenarios.Move move : moves) {
                int m = municipalities.indexOf(move.municipality());
                if (m < 0) {
                    return null;
                }
                moved.add(move.municipality());
                if (move.to() == null) {
                    movedTo[m] = -1;
                    continue;
                }
                Integer r = regionIndex.get(move.to());
                if (r == null) {
                    codes[regions] = move.to();
                    names[regions] = move.toName() == null || move.toName().isBlank() ? move.to() : move.toName();
                    kinds[regions] = baseRows.kind();
                    isListed[regions] = true;
                    order[listedCount++] = regions;
                    r = regions++;
                    regionIndex.put(move.to(), r);
                } else if (!isListed[r]) {
                    return null;
                }
                movedTo[m] = r;
            }
            int[] newStart = new int[n + 1];
            int[] newRegionOf = new int[regionOf.length + moves.size()];
            int size = 0;
            for (int m = 0; m < n; m++) {
                newStart[m] = size;
                if (movedTo[m] == -2) {
                    for (int k = start[m]; k < start[m + 1]; k++) {
                        newRegionOf[size++] = regionOf[k];
                    }
                } else if (movedTo[m] >= 0) {
                    newRegionOf[size++] = movedTo[m];
                }
            }
            newStart[n] = size;
            long unknownRows = 0;
            Map<String, Long> evidenceRows = new TreeMap<>();
            for (GraphRows.Membership m : baseRows.memberships()) {
                if (!moved.contains(m.municipality())) {
                    if (m.evidenceLevel() != null) {
                        evidenceRows.merge(m.evidenceLevel(), 1L, Long::sum);
                    }
                    if (PartitionChecks.isUnknown(m)) {
                        unknownRows++;
                    }
                }
            }
            Division all = new Division(kind, referenceDate, truncated, Arrays.copyOf(codes, regions),
                    Arrays.copyOf(names, regions), Arrays.copyOf(kinds, regions), Arrays.copyOf(order, listedCount),
                    newStart, Arrays.copyOf(newRegionOf, size), municipalities.populations, unknownRows, evidenceRows);
            // Only the regions that keep a member (a region the moves emptied is no region of the scenario).
            int[] keep = Arrays.stream(all.listed).filter(r -> all.memberCount(r) > 0).toArray();
            return all.withListed(keep);
        }

        private Division withListed(int[] keep) {
            return new Division(kind, referenceDate, truncated, regionCodes, regionNames, regionKinds, keep, start,
                    regionOf, municipalityPopulations, unknown, evidence);
        }

        int memberCount(int region) {
            return memberStart[region + 1] - memberStart[region];
        }

        /**
         * Whether its indexes are those of {@code municipalities}: each dense piece is cached on its own, so a national
         * write between two reads could pair a division with another version's index (callers then use the rows).
         */
        public boolean indexedOver(Municipalities municipalities) {
            return municipalityPopulations == municipalities.populations;
        }

        int regionCount(int municipality) {
            return start[municipality + 1] - start[municipality];
        }

        int regions() {
            return regionCodes.length;
        }

        /** Region indexes in the order by name, then code (the order the answers list regions in). */
        int[] byName() {
            Integer[] order = new Integer[regionCodes.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing((Integer r) -> regionNames[r]).thenComparing(r -> regionCodes[r]));
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        /** Each region's place in {@link #byName()}. */
        static int[] ranks(int[] byName) {
            int[] rank = new int[byName.length];
            for (int i = 0; i < byName.length; i++) {
                rank[byName[i]] = i;
            }
            return rank;
        }
    }

    /** BORDERS as an adjacency over municipality indexes: neighbours of m are {@code neighbours[offsets[m] .. offsets[m + 1])}. */
    public static final class Adjacency {
        final int[] offsets;
        final int[] neighbours;
        private final Municipalities over;

        private Adjacency(int[] offsets, int[] neighbours, Municipalities over) {
            this.offsets = offsets;
            this.neighbours = neighbours;
            this.over = over;
        }

        /** Whether its indexes are those of {@code municipalities} (see {@link Division#indexedOver}). */
        public boolean indexedOver(Municipalities municipalities) {
            return over == municipalities;
        }

        /** The adjacency of {@code contiguity} re-indexed to {@code municipalities} (borders to other codes left out). */
        public static Adjacency of(Contiguity contiguity, Municipalities municipalities) {
            int n = municipalities.size();
            int[] dense = new int[contiguity.size()];
            for (int c = 0; c < dense.length; c++) {
                dense[c] = municipalities.indexOf(contiguity.code(c));
            }
            int[] offsets = new int[n + 1];
            int[] neighbours = new int[contiguity.neighbourCount()];
            int size = 0;
            for (int m = 0; m < n; m++) {
                offsets[m] = size;
                int c = contiguity.existingIndex(municipalities.codes[m]);
                if (c >= 0) {
                    for (int k = contiguity.offset(c); k < contiguity.offset(c + 1); k++) {
                        int w = dense[contiguity.neighbour(k)];
                        if (w >= 0) {
                            neighbours[size++] = w;
                        }
                    }
                }
            }
            offsets[n] = size;
            return new Adjacency(offsets, Arrays.copyOf(neighbours, size), municipalities);
        }
    }
}
