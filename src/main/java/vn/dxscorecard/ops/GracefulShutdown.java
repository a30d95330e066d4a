package vn.dxscorecard.ops;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.dxscorecard.shared.ScorecardJob;

/**
 * SIGTERM (shutdown, {@code systemctl stop}, a cron timeout) stops the running job
 * through Spring Batch at the next chunk or step boundary, so the job repository says
 * STOPPED and the next launch resumes; then the process exits 1. Spring's own shutdown
 * hook is off (it would close the database under the running job).
 */
@Component
public class GracefulShutdown {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

    private static final long GRACE_SECONDS = 120;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile Thread hook;

    private volatile boolean stopping;

    GracefulShutdown(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * From now on a termination signal stops the job instead of killing the process under
     * it.
     */
    void install() {
        if (hook == null) {
            hook = new Thread(this::stop, "dx-scorecard-sigterm");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Whether a termination signal came: the launcher then starts nothing more. */
    boolean stopping() {
        return stopping;
    }

    /**
     * Called by the launcher once the run is over and the lock released; lets a pending
     * shutdown finish.
     */
    public void runEnded() {
        Thread registered = hook;
        if (registered != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(registered);
            }
            catch (IllegalStateException shuttingDown) {
                // The hook is already running: it waits for the latch below and ends the
                // process itself.
            }
        }
        finished.countDown();
    }

    private void stop() {
        stopping = true;
        // Polled, not once: the signal may come while an execution is being created,
        // before the repository has it.
        Set<Long> stopped = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        try {
            while (!finished.await(200, TimeUnit.MILLISECONDS)) {
                for (JobExecution execution : jobRepository.findRunningJobExecutions(ScorecardJob.NAME)) {
                    if (stopped.add(execution.getId())) {
                        stop(execution);
                    }
                }
                if (System.nanoTime() > deadline) {
                    log.error("The job did not stop within {} s; the next launch recovers it", GRACE_SECONDS);
                    break;
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.warn("Stopped by a termination signal; the next launch of the period resumes where this one stopped");
        // The JVM would exit 143 after a signal; SPEC §7 says a failed run exits 1.
        Runtime.getRuntime().halt(ExitCodes.FAILED);
    }

    private void stop(JobExecution execution) {
        log.warn("Termination signal: stopping job execution {} at the next step or chunk boundary", execution.getId());
        try {
            jobOperator.stop(execution);
        }
        catch (Exception e) {
            log.warn("Could not stop job execution {} cleanly: {}", execution.getId(), e.getMessage());
        }
    }

}
