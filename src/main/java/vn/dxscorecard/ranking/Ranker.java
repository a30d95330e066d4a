package vn.dxscorecard.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.scoring.UnitScore;

/**
 * Competition ranking per group by rounded overall score (1, 2, 2, 4), ties listed by
 * code; units that did not submit follow, unranked (SPEC §5). Provinces first, then
 * ministries; the national unit is never ranked.
 */
final class Ranker {

    private Ranker() {
    }

    static List<RankingEntry> rank(List<UnitScore> scored, List<RegistryUnit> notSubmitted,
            PreviousQuarter previousQuarter) {
        List<RankingEntry> entries = new ArrayList<>();
        for (Kind group : Kind.GROUPS) {
            List<UnitScore> members = scored.stream()
                .filter(s -> s.unit().kind() == group)
                .sorted(Comparator.comparing(UnitScore::roundedOverall).reversed().thenComparing(s -> s.unit().code()))
                .toList();
            for (int i = 0; i < members.size(); i++) {
                UnitScore score = members.get(i);
                int rank = i + 1;
                if (i > 0 && score.roundedOverall().compareTo(members.get(i - 1).roundedOverall()) == 0) {
                    rank = entries.getLast().rank();
                }
                entries
                    .add(new RankingEntry(group, rank, score.unit(), score, previousQuarter.of(score.unit(), score)));
            }
            notSubmitted.stream()
                .filter(u -> u.kind() == group)
                .sorted(Comparator.comparing(RegistryUnit::code))
                .forEach(u -> entries.add(new RankingEntry(group, null, u, null, previousQuarter.of(u, null))));
        }
        return entries;
    }

}
