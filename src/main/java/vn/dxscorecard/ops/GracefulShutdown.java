package vn.dxscorecard.ops;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * SIGTERM (shutdown, {@code systemctl stop}, a cron timeout) at any moment of a launch
 * ends it with exit 1 (SPEC §7), never 143: before the job runs nothing more is started;
 * while it runs it is stopped through Spring Batch at the next chunk or step boundary, so
 * the job repository says STOPPED and the next launch resumes. Spring's own shutdown hook
 * is off (it would close the database under the running job).
 */
public final class GracefulShutdown {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

    private static final long GRACE_SECONDS = 120;

    private static volatile CountDownLatch finished = new CountDownLatch(1);

    private static volatile Thread hook;

    private static volatile boolean stopping;

    private static volatile JobRepository jobRepository;

    private GracefulShutdown() {
    }

    /** From now on a termination signal ends the launch with exit 1. */
    public static synchronized void install() {
        if (hook == null) {
            // One launch per process from main; tests run several in one JVM, each with
            // its own hook.
            finished = new CountDownLatch(1);
            stopping = false;
            jobRepository = null;
            hook = new Thread(GracefulShutdown::stop, "dx-scorecard-sigterm");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** The job can run from now on: a signal stops it through Spring Batch. */
    static void attach(JobRepository repository) {
        jobRepository = repository;
    }

    /** Whether a termination signal came: the launcher then starts nothing more. */
    static boolean stopping() {
        return stopping;
    }

    /**
     * Called by the launcher once the run is over and the lock released; lets a pending
     * shutdown finish.
     */
    public static void runEnded() {
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

    private static void stop() {
        stopping = true;
        if (jobRepository == null) {
            // Nothing runs yet: an interrupted start is safe (every migration can run
            // again), and nothing else starts.
            // Logging may not be set up yet: one line, as for every launch that cannot go
            // on.
            System.err.println("dx-scorecard: stopped by a termination signal before the job started");
            Runtime.getRuntime().halt(ExitCodes.FAILED);
        }
        // Polled, not once: the signal may come while an execution is being created,
        // before the repository has it.
        Set<Long> stopped = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        // Whatever happens here the process ends with exit 1: a hook that throws leaves
        // the JVM to exit 143 (seen in CI when a poll raced the context's close).
        try {
            while (!finished.await(200, TimeUnit.MILLISECONDS)) {
                // the scorecard job, or the delivery job after it
                for (String job : jobRepository.getJobNames()) {
                    for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
                        if (stopped.add(execution.getId())) {
                            stop(execution);
                        }
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
        catch (RuntimeException e) {
            // Most often the launcher closed the database between the job's stop and
            // runEnded(): the job is over and nothing is left to poll.
            log.warn("Job repository no longer answers ({}); the next launch recovers anything left running",
                    e.toString());
        }
        finally {
            log.warn("Stopped by a termination signal; the next launch of the period resumes where this one stopped");
            // The JVM would exit 143 after a signal; SPEC §7 says a failed run exits 1.
            Runtime.getRuntime().halt(ExitCodes.FAILED);
        }
    }

    /**
     * Marks the execution STOPPING in the repository, and only that: the running step
     * reads it at its next update (a chunk's commit, a step's end), takes its own
     * execution's version with it and stops. {@code JobOperator.stop} also writes the
     * step's execution from this thread, and when that lands between the step's reading
     * and its writing, the step fails on a stale version instead of stopping (seen in CI:
     * OptimisticLockingFailureException, step FAILED).
     */
    private static void stop(JobExecution execution) {
        log.warn("Termination signal: stopping job execution {} at the next step or chunk boundary", execution.getId());
        try {
            execution.setStatus(BatchStatus.STOPPING);
            jobRepository.update(execution);
        }
        catch (Exception e) {
            log.warn("Could not stop job execution {} cleanly: {}", execution.getId(), e.getMessage());
        }
    }

}
