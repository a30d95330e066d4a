package vn.dxscorecard.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dxscorecard.job.JobTuning;
import vn.dxscorecard.ops.DxProperties;
import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.RegistryUnit;
import vn.dxscorecard.report.PeriodReport;
import vn.dxscorecard.report.ReportWriter;

/**
 * {@code scorecards/<code>-<slug>.pdf}: one scorecard per ranked unit (SPEC §6), laid out on
 * {@code dx.job.render-threads} threads at once. Every document is independent (its own writer, fonts shared
 * read-only), so the bytes do not depend on the thread or the order; the list of files returned is always in
 * ranking order.
 */
@Component
@Order(40)
public class ScorecardPdfWriter implements ReportWriter {

    public static final String FOLDER = "scorecards";
    private static final Logger log = LoggerFactory.getLogger(ScorecardPdfWriter.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final IndicatorTrends trends;
    private final ZoneId zone;
    private final int threads;

    ScorecardPdfWriter(IndicatorTrends trends, DxProperties properties, JobTuning tuning) {
        this.trends = trends;
        this.zone = properties.zone();
        this.threads = tuning.renderThreads();
    }

    /** {@code 01-thanh-pho-ha-noi.pdf}: the code keeps names unique, the ASCII name makes them readable anywhere. */
    public static String fileName(RegistryUnit unit) {
        return unit.code() + "-" + VnText.slug(unit.nameVi()) + ".pdf";
    }

    @Override
    public List<Path> write(PeriodReport report, Path periodDir) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        Map<String, IndicatorTrends.History> histories = trends.of(report);
        List<RankingEntry> ranked = report.rankings().stream().filter(RankingEntry::ranked).toList();
        int poolSize = Math.min(threads, Math.max(1, ranked.size()));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, renderThreadFactory());
        try {
            // Taken as they finish, so the first failure stops the run at once, not when its turn in the list comes.
            CompletionService<Path> done = new ExecutorCompletionService<>(pool);
            for (RankingEntry entry : ranked) {
                done.submit(() -> render(facts, histories, entry, periodDir));
            }
            long lastProgress = started;
            for (int finished = 1; finished <= ranked.size(); finished++) {
                await(done.take());
                long now = System.nanoTime();
                if (now - lastProgress >= PROGRESS_EVERY.toNanos()) {
                    lastProgress = now;
                    log.info("Scorecards {}: {}/{} PDFs written", report.period(), finished, ranked.size());
                }
            }
            log.info("Scorecards {}: {} PDFs in {} ms on {} threads", report.period(), ranked.size(),
                    (System.nanoTime() - started) / 1_000_000, poolSize);
            return ranked.stream().map(entry -> Path.of(FOLDER, fileName(entry.unit()))).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing scorecards", e);
        } finally {
            // After a failure the others are abandoned; the step fails, and a relaunch removes whatever they wrote.
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private Path render(ReportFacts facts, Map<String, IndicatorTrends.History> histories, RankingEntry entry,
            Path periodDir) throws IOException {
        Path relative = Path.of(FOLDER, fileName(entry.unit()));
        ScorecardLayout layout = new ScorecardLayout(facts, entry,
                histories.getOrDefault(entry.unit().code(), IndicatorTrends.History.NONE), zone);
        PdfDocs.write(periodDir.resolve(relative), layout.meta(relative.toString()), layout::render);
        return relative;
    }

    private static void await(Future<Path> future) throws IOException, InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Lets abandoned scorecards finish before the step reports its failure, so none is written after it. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Scorecard threads still running after a minute; the step ends without them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory renderThreadFactory() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "scorecard-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
