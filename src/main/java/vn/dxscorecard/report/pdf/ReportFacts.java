package vn.dxscorecard.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.ranking.Ranker;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.validation.RejectionDigest;

/** Figures derived from a {@link PeriodReport} that several pages need: groups, averages, files per unit. */
final class ReportFacts {

    private final PeriodReport report;
    private final Map<Kind, List<RankingEntry>> ranked = new EnumMap<>(Kind.class);
    private final Map<Kind, List<RankingEntry>> notSubmitted = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, BigDecimal>> pillarAverages = new EnumMap<>(Kind.class);
    /** How many ranked units of each group hold each rank: every scorecard asks whether its rank is shared. */
    private final Map<Kind, Map<Integer, Long>> holdersOfRank = new EnumMap<>(Kind.class);
    /** In the order of {@code report.files()}; looked up once per scorecard, so indexed rather than scanned. */
    private final Map<String, List<FileRecord>> filesByUnit;

    ReportFacts(PeriodReport report) {
        this.report = report;
        this.filesByUnit = report.files().stream().filter(f -> f.unitCode() != null)
                .collect(Collectors.groupingBy(FileRecord::unitCode, LinkedHashMap::new, Collectors.toList()));
        for (Kind group : Ranker.GROUPS) {
            List<RankingEntry> entries = report.rankings().stream().filter(e -> e.group() == group).toList();
            ranked.put(group, entries.stream().filter(RankingEntry::ranked).toList());
            notSubmitted.put(group, entries.stream().filter(e -> !e.ranked()).toList());
            pillarAverages.put(group, pillarAverages(ranked.get(group)));
            holdersOfRank.put(group, ranked.get(group).stream()
                    .collect(Collectors.groupingBy(RankingEntry::rank, Collectors.counting())));
        }
    }

    PeriodReport report() {
        return report;
    }

    List<RankingEntry> ranked(Kind group) {
        return ranked.get(group);
    }

    /** Whether another ranked unit of the group has the same rank ("đồng hạng"). */
    boolean sharesRank(RankingEntry entry) {
        return holdersOfRank.get(entry.group()).getOrDefault(entry.rank(), 0L) > 1;
    }

    List<RankingEntry> notSubmitted(Kind group) {
        return notSubmitted.get(group);
    }

    /** SPEC §5: the plain mean of the ranked units' pillar scores in the group; null when no unit has the pillar. */
    BigDecimal pillarAverage(Kind group, Pillar pillar) {
        return pillarAverages.get(group).get(pillar.code());
    }

    /** The pillars a unit of this kind is scored on this year, in display order. */
    List<Pillar> pillarsOf(Kind kind) {
        int year = report.period().year();
        return report.catalogue().pillars().stream()
                .filter(p -> report.catalogue().indicatorsOf(p).stream()
                        .anyMatch(i -> i.appliesTo(kind) && i.target(year).isPresent()))
                .sorted(Comparator.comparingInt(Pillar::displayOrder))
                .toList();
    }

    /** The lowest scores among the scored indicators; ties in catalogue order. */
    static List<IndicatorResult> weakest(UnitScore score, int count) {
        return score.indicators().stream().filter(IndicatorResult::scored)
                .sorted(Comparator.comparing(IndicatorResult::score)).limit(count).toList();
    }

    static Optional<BigDecimal> pillarScore(UnitScore score, Pillar pillar) {
        return score.pillars().stream().filter(p -> p.pillar().code().equals(pillar.code()))
                .map(PillarResult::score).findFirst();
    }

    /** The file whose rows counted for the unit: its accepted one. */
    Optional<FileRecord> countingFile(String unitCode) {
        return filesOf(unitCode).stream().filter(f -> f.status() == FileStatus.ACCEPTED).findFirst();
    }

    List<FileRecord> filesOf(String unitCode) {
        return filesByUnit.getOrDefault(unitCode, List.of());
    }

    /** The file's rejections as the PDFs need them; empty when it has none. */
    Optional<RejectionDigest> rejectionsOf(String fileName) {
        return Optional.ofNullable(report.rejections().digests().get(fileName));
    }

    private static Map<String, BigDecimal> pillarAverages(List<RankingEntry> entries) {
        Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
        entries.stream().map(RankingEntry::score).filter(Objects::nonNull)
                .flatMap(s -> s.pillars().stream())
                .forEach(p -> scores.computeIfAbsent(p.pillar().code(), k -> new ArrayList<>()).add(p.score()));
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        scores.forEach((pillar, values) -> averages.put(pillar, mean(values)));
        return averages;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, Decimals.MC));
        return sum.divide(BigDecimal.valueOf(values.size()), Decimals.MC);
    }
}
