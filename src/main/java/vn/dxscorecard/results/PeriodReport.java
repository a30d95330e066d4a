package vn.dxscorecard.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dxscorecard.feedback.RejectionDigest;
import vn.dxscorecard.intake.FileRecord;
import vn.dxscorecard.intake.FileStatus;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Catalogue;
import vn.dxscorecard.reference.Indicator;
import vn.dxscorecard.reference.Kind;
import vn.dxscorecard.reference.Pillar;
import vn.dxscorecard.reference.ProvinceTiles;
import vn.dxscorecard.reference.Tile;
import vn.dxscorecard.scoring.Decimals;
import vn.dxscorecard.scoring.IndicatorResult;
import vn.dxscorecard.scoring.IndicatorStatus;
import vn.dxscorecard.scoring.PillarResult;
import vn.dxscorecard.scoring.ScoredUnit;
import vn.dxscorecard.scoring.UnitScore;
import vn.dxscorecard.shared.Period;

/**
 * Everything published for a period, read back from what the steps stored: the one model
 * every output is written from, with every figure the reports show computed here (group
 * averages, the indicators furthest behind, file and row totals) rather than in a layout,
 * so a unit test can check each of them.
 */
public final class PeriodReport {

    public static final int LEVERS = 3;

    private final Period period;

    private final Catalogue catalogue;

    private final List<RankingEntry> rankings;

    private final ScoredUnit national;

    private final List<FileRecord> files;

    private final RejectionSource rejections;

    private final long jobExecutionId;

    private final Instant generatedAt;

    private final EditionInfo edition;

    private final Trajectories trajectories;

    private final List<HistoryRow> history;

    private final ProvinceTiles tiles;

    private final Map<String, RankRange> rankRanges = new HashMap<>();

    private final Map<Kind, List<RankingEntry>> ranked = new EnumMap<>(Kind.class);

    private final Map<Kind, List<RankingEntry>> notSubmitted = new EnumMap<>(Kind.class);

    private final Map<Kind, Map<String, BigDecimal>> pillarAverages = new EnumMap<>(Kind.class);

    /**
     * How many ranked units of each group hold each rank: every scorecard asks whether
     * its rank is shared.
     */
    private final Map<Kind, Map<Integer, Long>> holdersOfRank = new EnumMap<>(Kind.class);

    /**
     * In the order of {@link #files()}; looked up once per scorecard, so indexed rather
     * than scanned.
     */
    private final Map<String, List<FileRecord>> filesByUnit;

    /**
     * @param national the national unit {@code QG}, with a null score when it did not
     * submit
     * @param generatedAt the run's time, printed in reports; fixed per job instance so
     * reruns can be compared
     * @param earlierHistory the {@code history.csv} rows of the published periods before
     * this one, oldest first
     */
    public PeriodReport(Period period, Catalogue catalogue, List<RankingEntry> rankings, ScoredUnit national,
            List<FileRecord> files, RejectionSource rejections, long jobExecutionId, Instant generatedAt,
            EditionInfo edition, Trajectories trajectories, List<HistoryRow> earlierHistory, ProvinceTiles tiles) {
        this.period = period;
        this.catalogue = catalogue;
        this.rankings = List.copyOf(rankings);
        this.national = national;
        this.files = List.copyOf(files);
        this.rejections = rejections;
        this.jobExecutionId = jobExecutionId;
        this.generatedAt = generatedAt;
        this.edition = edition;
        this.trajectories = trajectories;
        this.tiles = tiles;
        this.filesByUnit = this.files.stream()
            .filter(f -> f.unitCode() != null)
            .collect(Collectors.groupingBy(FileRecord::unitCode, LinkedHashMap::new, Collectors.toList()));
        for (Kind group : Kind.GROUPS) {
            List<RankingEntry> entries = this.rankings.stream().filter(e -> e.group() == group).toList();
            ranked.put(group, entries.stream().filter(RankingEntry::ranked).toList());
            notSubmitted.put(group, entries.stream().filter(e -> !e.ranked()).toList());
            pillarAverages.put(group, pillarAverages(ranked.get(group)));
            holdersOfRank.put(group,
                    ranked.get(group)
                        .stream()
                        .collect(Collectors.groupingBy(RankingEntry::rank, Collectors.counting())));
            if (!ranked.get(group).isEmpty()) {
                rankRanges.putAll(RankRanges.of(ranked.get(group), pillarsOf(group)));
            }
        }
        List<HistoryRow> all = new ArrayList<>(earlierHistory);
        for (RankingEntry e : this.rankings) {
            all.add(new HistoryRow(period, edition == null ? 0 : edition.number(),
                    edition == null ? null : edition.status(), e.group(), e.unit().code(), e.unit().nameVi(), e.rank(),
                    e.overall()));
        }
        this.history = List.copyOf(all);
    }

    public Period period() {
        return period;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Provinces then ministries, each by rank then code, the units that did not submit
     * last (SPEC §6).
     */
    public List<RankingEntry> rankings() {
        return rankings;
    }

    public ScoredUnit national() {
        return national;
    }

    /** Every file of the period the intake saw, in file-name order. */
    public List<FileRecord> files() {
        return files;
    }

    public RejectionSource rejections() {
        return rejections;
    }

    public long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public EditionInfo edition() {
        return edition;
    }

    // --- groups

    public List<RankingEntry> ranked(Kind group) {
        return ranked.get(group);
    }

    public List<RankingEntry> notSubmitted(Kind group) {
        return notSubmitted.get(group);
    }

    /** Units of the group that report for the period, ranked or not. */
    public int groupSize(Kind group) {
        return ranked(group).size() + notSubmitted(group).size();
    }

    /** Whether another ranked unit of the group has the same rank ("đồng hạng"). */
    public boolean sharesRank(RankingEntry entry) {
        return holdersOfRank.get(entry.group()).getOrDefault(entry.rank(), 0L) > 1;
    }

    /**
     * The plain mean of the ranked units' exact overall scores; null when none is ranked.
     */
    public BigDecimal meanOverall(Kind group) {
        return Decimals.mean(ranked(group).stream().map(e -> e.score().overall()).toList());
    }

    /**
     * SPEC §5: the plain mean of the ranked units' pillar scores in the group; null when
     * no unit has the pillar.
     */
    public BigDecimal pillarAverage(Kind group, Pillar pillar) {
        return pillarAverages.get(group).get(pillar.code());
    }

    /** The pillars a unit of this kind is scored on this year, in display order. */
    public List<Pillar> pillarsOf(Kind kind) {
        int year = period.year();
        return catalogue.pillars()
            .stream()
            .filter(p -> catalogue.indicatorsOf(p)
                .stream()
                .anyMatch(i -> i.appliesTo(kind) && i.target(year).isPresent()))
            .sorted(Comparator.comparingInt(Pillar::displayOrder))
            .toList();
    }

    /** The pillars that have an average in at least one group, in catalogue order. */
    public List<Pillar> averagedPillars() {
        return catalogue.pillars()
            .stream()
            .filter(p -> Kind.GROUPS.stream().anyMatch(g -> pillarAverage(g, p) != null))
            .toList();
    }

    /** Every unit that did not submit: provinces, then ministries. */
    public List<RankingEntry> allNotSubmitted() {
        return Kind.GROUPS.stream().flatMap(g -> notSubmitted(g).stream()).toList();
    }

    /**
     * SPEC §5: the unit's published rank and its ranks with one pillar left out at a
     * time; null for a unit that did not submit.
     */
    public RankRange rankRange(RankingEntry entry) {
        return entry.ranked() ? rankRanges.get(entry.unit().code()) : null;
    }

    /**
     * SPEC §6: the tile map of the provinces, when the tiles are exactly the period's
     * provinces (from July 2025: the 34 after the merger).
     */
    public Optional<TileMap> map() {
        Map<String, RankingEntry> provinces = rankings.stream()
            .filter(e -> e.group() == Kind.PROVINCE)
            .collect(Collectors.toMap(e -> e.unit().code(), e -> e));
        if (tiles == null || !tiles.covers(provinces.keySet())) {
            return Optional.empty();
        }
        List<TileMap.Placed> placed = tiles.tiles()
            .stream()
            .map(t -> new TileMap.Placed(t, provinces.get(t.code())))
            .toList();
        return Optional.of(new TileMap(tiles.tiles().stream().mapToInt(Tile::row).max().orElse(0) + 1,
                tiles.tiles().stream().mapToInt(Tile::col).max().orElse(0) + 1, placed));
    }

    /**
     * {@code history.csv}: every published period up to this one (this edition for this
     * one), oldest first, each as {@link #rankings()}.
     */
    public List<HistoryRow> history() {
        return history;
    }

    // --- units

    /**
     * SPEC §5: the gain if met of every indicator below 100 of a ranked unit, in
     * catalogue order; none for the national unit, which is not ranked.
     */
    public static List<Lever> gains(UnitScore score) {
        return score.unit().isNational() ? List.of() : Gains.of(score);
    }

    /** The unit's three largest gains if met, ties in catalogue order. */
    public static List<Lever> levers(UnitScore score) {
        return Gains.levers(score, LEVERS);
    }

    /** Each scored indicator's trajectory through the year and its projection. */
    public Map<String, Trajectory> trajectories(UnitScore score) {
        return trajectories.of(score);
    }

    /** The lowest scores among the scored indicators; ties in catalogue order. */
    public static List<IndicatorResult> weakest(UnitScore score, int count) {
        return score.indicators()
            .stream()
            .filter(IndicatorResult::scored)
            .sorted(Comparator.comparing(IndicatorResult::score))
            .limit(count)
            .toList();
    }

    public static Optional<BigDecimal> pillarScore(UnitScore score, Pillar pillar) {
        return score.pillars()
            .stream()
            .filter(p -> p.pillar().code().equals(pillar.code()))
            .map(PillarResult::score)
            .findFirst();
    }

    /** The file whose rows counted for the unit: its accepted one. */
    public Optional<FileRecord> countingFile(String unitCode) {
        return filesOf(unitCode).stream().filter(f -> f.status() == FileStatus.ACCEPTED).findFirst();
    }

    /**
     * SPEC §5: a file whose every row was rejected still counts as submitted, with zeros.
     */
    public Optional<FileRecord> everyRowRejected(String unitCode) {
        return countingFile(unitCode).filter(f -> f.rowsAccepted() == 0 && f.rowsRead() > 0);
    }

    public List<FileRecord> filesOf(String unitCode) {
        return filesByUnit.getOrDefault(unitCode, List.of());
    }

    /** The file's rejections as the PDFs need them; empty when it has none. */
    public Optional<RejectionDigest> rejectionsOf(String fileName) {
        return Optional.ofNullable(rejections.digests().get(fileName));
    }

    /** The digests of the unit's files that have rejections, in file order. */
    public List<RejectionDigest> rejectionsOfUnit(String unitCode) {
        return filesOf(unitCode).stream().flatMap(f -> rejectionsOf(f.fileName()).stream()).toList();
    }

    // --- nationwide

    /** Files by status, and rows read, accepted and rejected in the files used. */
    public record FileTotals(int files, Map<FileStatus, Long> byStatus, long rowsRead, long rowsAccepted,
            long rowsRejected) {
    }

    public FileTotals fileTotals() {
        Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
        files.forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));
        return new FileTotals(files.size(), byStatus, files.stream().mapToLong(FileRecord::rowsRead).sum(),
                files.stream().mapToLong(FileRecord::rowsAccepted).sum(),
                files.stream().mapToLong(FileRecord::rowsRejected).sum());
    }

    /**
     * Files as a PDF lists them: every file that was read, and at most {@code maxIgnored}
     * of those that were not (SPEC §3: a folder of junk must not fill pages);
     * {@code more} is how many of these were left out.
     */
    public record Listed(List<FileRecord> files, int more) {
    }

    public static Listed listed(List<FileRecord> files, int maxIgnored) {
        List<FileRecord> shown = new ArrayList<>();
        int ignored = 0;
        for (FileRecord f : files) {
            if (f.status() != FileStatus.IGNORED || ignored++ < maxIgnored) {
                shown.add(f);
            }
        }
        return new Listed(List.copyOf(shown), Math.max(0, ignored - maxIgnored));
    }

    /** Files that were not used: rejected whole, superseded, duplicates, ignored. */
    public List<FileRecord> filesNotUsed() {
        return files.stream().filter(f -> f.status() != FileStatus.ACCEPTED).toList();
    }

    /** Files used whose rows were partly or wholly rejected, in file order. */
    public List<FileRecord> usedFilesWithRejections() {
        return files.stream().filter(f -> f.status() == FileStatus.ACCEPTED && f.rowsRejected() > 0).toList();
    }

    /**
     * A province or ministry indicator nationwide: the mean score over the ranked units
     * it applies to, how many of them reached the target and how many did not report it.
     */
    public record IndicatorBehind(Indicator indicator, List<Kind> groups, BigDecimal mean, int units, long achieved,
            long notReported) {
    }

    /**
     * The indicators with the lowest mean score nationwide, lowest first; ties in
     * catalogue order.
     */
    public List<IndicatorBehind> furthestBehind(int count) {
        int year = period.year();
        List<IndicatorBehind> rows = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<Kind> groups = Kind.GROUPS.stream().filter(indicator::appliesTo).toList();
            if (groups.isEmpty() || indicator.target(year).isEmpty()) {
                continue;
            }
            List<IndicatorResult> results = groups.stream()
                .flatMap(g -> ranked(g).stream())
                .flatMap(e -> e.score().indicators().stream())
                .filter(r -> r.indicator().code().equals(indicator.code()) && r.scored())
                .toList();
            if (results.isEmpty()) {
                continue;
            }
            rows.add(new IndicatorBehind(indicator, groups,
                    Decimals.mean(results.stream().map(IndicatorResult::score).toList()), results.size(),
                    results.stream().filter(r -> r.status() == IndicatorStatus.ACHIEVED).count(),
                    results.stream().filter(r -> r.status() == IndicatorStatus.NOT_REPORTED).count()));
        }
        rows.sort(Comparator.comparing(IndicatorBehind::mean));
        return List.copyOf(rows.subList(0, Math.min(count, rows.size())));
    }

    private static Map<String, BigDecimal> pillarAverages(List<RankingEntry> entries) {
        Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
        entries.stream()
            .map(RankingEntry::score)
            .filter(Objects::nonNull)
            .flatMap(s -> s.pillars().stream())
            .forEach(p -> scores.computeIfAbsent(p.pillar().code(), k -> new ArrayList<>()).add(p.score()));
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        scores.forEach((pillar, values) -> averages.put(pillar, Decimals.mean(values)));
        return averages;
    }

}
