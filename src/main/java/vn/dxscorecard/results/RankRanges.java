package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.scoring.Composite;
import vn.dxscorecard.scoring.Decimals;

/**
 * SPEC §5, rank range, after the JRC's leave-one-out test of composite indices: the group
 * ranked again once per pillar, by the overall score without it (the other pillars'
 * weights renormalised, rounded and ranked as the published ranking is).
 */
final class RankRanges {

    private RankRanges() {
    }

    /**
     * @param ranked one group's ranked units
     * @param pillars the pillars that count for the group
     * @return each unit's range by unit code
     */
    static Map<String, RankRange> of(List<RankingEntry> ranked, List<Pillar> pillars) {
        Map<String, RankRange> ranges = new HashMap<>();
        ranked.forEach(e -> ranges.put(e.unit().code(), new RankRange(e.rank(), e.rank())));
        if (pillars.size() < 2) {
            return ranges;
        }
        for (Pillar left : pillars) {
            Map<String, BigDecimal> variant = new HashMap<>();
            for (RankingEntry e : ranked) {
                variant.put(e.unit().code(), Decimals.round(Composite.overall(
                        e.score().pillars().stream().filter(p -> !p.pillar().code().equals(left.code())).toList())));
            }
            ranks(variant).forEach((code, rank) -> ranges.merge(code, new RankRange(rank, rank),
                    (a, b) -> new RankRange(Math.min(a.min(), b.min()), Math.max(a.max(), b.max()))));
        }
        return ranges;
    }

    /** Competition ranks (1, 2, 2, 4) by score, descending. */
    static Map<String, Integer> ranks(Map<String, BigDecimal> scores) {
        List<Map.Entry<String, BigDecimal>> order = scores.entrySet()
            .stream()
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
            .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            boolean tied = i > 0 && order.get(i).getValue().compareTo(order.get(i - 1).getValue()) == 0;
            ranks.put(order.get(i).getKey(), tied ? ranks.get(order.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

}
