package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.WerkstructuurApi;

/**
 * The venster op de samenwerking of one year: per region the 3 × 3 answers, completeness (which financier left which
 * question open), divergence (the answers to one question differ by 2 or more points: the region needs a conversation),
 * the change since the previous year, and a national summary. Per region and year the imported answers count; the DEMO
 * answers only stand in for a region and year without imported answers, and only when asked for.
 */
public final class VensterAnalysis {

    public static final List<String> FINANCIERS = List.of("gemeenten", "zorgverzekeraar", "zorgkantoor");
    public static final List<String> QUESTIONS = List.of("proces", "agenda", "resultaten");
    public static final int DIVERGENCE_POINTS = 2;
    static final String SCALE = "1 zeer ontevreden, 2 ontevreden, 3 neutraal, 4 tevreden, 5 zeer tevreden";

    private VensterAnalysis() {
    }

    /** The latest year with answers (DEMO ones only when {@code includeDemo}); null when there are none. */
    public static Integer latestYear(List<WerkstructuurRows.Answer> answers, boolean includeDemo) {
        return answers.stream().filter(a -> includeDemo || !a.demo()).map(WerkstructuurRows.Answer::year)
                .max(Integer::compare).orElse(null);
    }

    public static WerkstructuurApi.Venster compute(List<Api.Ref> regions, List<WerkstructuurRows.Answer> answers, int year,
                                                   boolean includeDemo) {
        Map<String, List<WerkstructuurRows.Answer>> byRegionYear = new HashMap<>();
        for (WerkstructuurRows.Answer a : answers) {
            byRegionYear.computeIfAbsent(a.region() + "|" + a.year(), k -> new ArrayList<>()).add(a);
        }
        List<WerkstructuurApi.VensterRegion> out = new ArrayList<>();
        for (Api.Ref region : regions) {
            Chosen now = choose(byRegionYear.get(region.code() + "|" + year), includeDemo);
            Chosen before = choose(byRegionYear.get(region.code() + "|" + (year - 1)), includeDemo);
            out.add(region(region, now, before));
        }
        return new WerkstructuurApi.Venster(year, year - 1, out.stream().anyMatch(WerkstructuurApi.VensterRegion::demo),
                FINANCIERS, QUESTIONS, SCALE, out, national(out));
    }

    /** The answers of one region and year: imported ones win; DEMO ones stand in when allowed. */
    private record Chosen(List<WerkstructuurRows.Answer> answers, boolean demo) {
    }

    private static Chosen choose(List<WerkstructuurRows.Answer> all, boolean includeDemo) {
        if (all == null) {
            return new Chosen(List.of(), false);
        }
        List<WerkstructuurRows.Answer> imported = all.stream().filter(a -> !a.demo()).toList();
        if (!imported.isEmpty() || !includeDemo) {
            return new Chosen(imported, false);
        }
        List<WerkstructuurRows.Answer> demo = all.stream().filter(WerkstructuurRows.Answer::demo).toList();
        return new Chosen(demo, !demo.isEmpty());
    }

    private static WerkstructuurApi.VensterRegion region(Api.Ref region, Chosen now, Chosen before) {
        Map<String, Map<String, Integer>> grid = grid(now.answers());
        Map<String, Map<String, Integer>> previous = grid(before.answers());
        List<WerkstructuurApi.Missing> missing = new ArrayList<>();
        for (String f : FINANCIERS) {
            List<String> open = QUESTIONS.stream().filter(q -> !grid.get(f).containsKey(q)).toList();
            if (!open.isEmpty()) {
                missing.add(new WerkstructuurApi.Missing(f, open));
            }
        }
        List<WerkstructuurApi.Divergence> divergent = new ArrayList<>();
        for (String q : QUESTIONS) {
            Map<String, Integer> given = new LinkedHashMap<>();
            for (String f : FINANCIERS) {
                Integer a = grid.get(f).get(q);
                if (a != null) {
                    given.put(f, a);
                }
            }
            if (given.size() >= 2) {
                int min = given.values().stream().min(Integer::compare).orElseThrow();
                int max = given.values().stream().max(Integer::compare).orElseThrow();
                if (max - min >= DIVERGENCE_POINTS) {
                    divergent.add(new WerkstructuurApi.Divergence(q, min, max, max - min, given));
                }
            }
        }
        Map<String, Map<String, Integer>> change = new LinkedHashMap<>();
        for (String f : FINANCIERS) {
            Map<String, Integer> c = new LinkedHashMap<>();
            for (String q : QUESTIONS) {
                Integer a = grid.get(f).get(q);
                Integer b = previous.get(f).get(q);
                if (a != null && b != null) {
                    c.put(q, a - b);
                }
            }
            change.put(f, c);
        }
        List<String> notes = now.answers().stream().map(WerkstructuurRows.Answer::toelichting)
                .filter(t -> t != null && !t.isBlank()).distinct().toList();
        return new WerkstructuurApi.VensterRegion(region.code(), region.name(), now.demo(), !now.answers().isEmpty(), grid,
                missing, missing.stream().map(WerkstructuurApi.Missing::financier).toList(), missing.isEmpty(), divergent,
                !divergent.isEmpty(), change, before.demo(), notes);
    }

    private static Map<String, Map<String, Integer>> grid(List<WerkstructuurRows.Answer> answers) {
        Map<String, Map<String, Integer>> grid = new LinkedHashMap<>();
        FINANCIERS.forEach(f -> grid.put(f, new LinkedHashMap<>()));
        for (WerkstructuurRows.Answer a : answers) {
            grid.computeIfAbsent(a.financier(), k -> new LinkedHashMap<>()).put(a.question(), a.answer());
        }
        // Question order within a financier as on the form.
        grid.replaceAll((f, m) -> {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            QUESTIONS.forEach(q -> {
                if (m.containsKey(q)) {
                    ordered.put(q, m.get(q));
                }
            });
            return ordered;
        });
        return grid;
    }

    private static WerkstructuurApi.VensterNational national(List<WerkstructuurApi.VensterRegion> regions) {
        Map<String, Integer> missingByFinancier = new LinkedHashMap<>();
        FINANCIERS.forEach(f -> missingByFinancier.put(f, 0));
        Map<String, Integer> divergentByQuestion = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> divergentByQuestion.put(q, 0));
        Map<String, Map<String, Double>> mean = new LinkedHashMap<>();
        int answered = 0;
        int complete = 0;
        List<String> conversation = new ArrayList<>();
        for (WerkstructuurApi.VensterRegion r : regions) {
            if (!r.answered()) {
                continue;
            }
            answered++;
            if (r.complete()) {
                complete++;
            }
            r.missingFinanciers().forEach(f -> missingByFinancier.merge(f, 1, Integer::sum));
            r.divergent().forEach(d -> divergentByQuestion.merge(d.question(), 1, Integer::sum));
            if (r.needsConversation()) {
                conversation.add(r.code());
            }
        }
        for (String f : FINANCIERS) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String q : QUESTIONS) {
                double sum = 0;
                int n = 0;
                for (WerkstructuurApi.VensterRegion r : regions) {
                    Integer a = r.answers().get(f).get(q);
                    if (a != null) {
                        sum += a;
                        n++;
                    }
                }
                if (n > 0) {
                    m.put(q, Math.round(sum / n * 100) / 100.0);
                }
            }
            mean.put(f, m);
        }
        int demo = (int) regions.stream().filter(WerkstructuurApi.VensterRegion::demo).count();
        return new WerkstructuurApi.VensterNational(regions.size(), answered, complete, conversation.size(), conversation,
                missingByFinancier, divergentByQuestion, mean, demo);
    }
}
