package vn.dxscorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stops a launch at one exact point so that a test kills it there, instead of guessing a
 * moment with a sleep: {@code --dx.test.hold-at=2025-Q4/scoringStep} holds when that step
 * of that period's run starts (the steps before it are recorded complete),
 * {@code --dx.test.hold-at=2025-Q4/scoringStep:2} after its second chunk is written. On
 * arrival the launch writes {@code --dx.test.hold-file} (saying where it holds) and waits
 * until a file of that name with {@code .release} appended appears, or a minute passes.
 * It exists only on the test classpath, and only when a test switches it on.
 */
@Component
@ConditionalOnProperty("dx.test.hold-at")
public class HoldPoint implements BeanPostProcessor {

    private static final Duration LONGEST = Duration.ofMinutes(1);

    private final Hold hold;

    HoldPoint(@Value("${dx.test.hold-at}") String at, @Value("${dx.test.hold-file}") Path file) {
        String[] periodAndStep = at.split("/", 2);
        String[] parts = periodAndStep[1].split(":", 2);
        this.hold = new Hold(periodAndStep[0], parts[0], parts.length == 2 ? Integer.parseInt(parts[1]) : 0, file,
                new AtomicInteger(), new AtomicBoolean());
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ChunkOrientedStep step && step.getName().equals(hold.step())) {
            step.registerItemWriteListener(hold);
        }
        if (bean instanceof AbstractStep step && step.getName().equals(hold.step())) {
            step.registerStepExecutionListener(hold);
        }
        return bean;
    }

    /** Where the launch holds, as {@link HoldPoint} writes it into the hold file. */
    public static String at(String step, int chunk) {
        return chunk == 0 ? step + " started" : step + " chunk " + chunk + " written";
    }

    /** Waits until a held launch wrote {@code file}, and says where it holds. */
    public static String awaitHeld(Path file, JobProcess process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file)) {
            if (!process.alive()) {
                throw new AssertionError("the launch ended before it held:\n" + process.output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the launch did not hold within " + timeout + ":\n" + process.output());
            }
            Thread.sleep(20);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets a held launch go on. */
    public static void release(Path file) throws IOException {
        Files.writeString(release(file.toString()), "go");
    }

    private static Path release(String file) {
        return Path.of(file + ".release");
    }

    /**
     * @param inPeriod whether the step running now is the period's: a launch may publish
     * the quarter before first
     */
    private record Hold(String period, String step, int chunk, Path file, AtomicInteger written,
            AtomicBoolean inPeriod) implements ItemWriteListener<Object>, StepExecutionListener {

        @Override
        public void beforeStep(StepExecution stepExecution) {
            inPeriod.set(period.equals(stepExecution.getJobParameters().getString("period")));
            written.set(0);
            if (inPeriod.get() && chunk == 0) {
                arrive(at(step, 0));
            }
        }

        @Override
        public void afterWrite(Chunk<?> items) {
            if (inPeriod.get() && written.incrementAndGet() == chunk) {
                arrive(at(step, chunk));
            }
        }

        private void arrive(String where) {
            try {
                // Whole or not at all: the test reads it as soon as the name exists.
                Path partial = Files.writeString(Path.of(file + ".part"), where, StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                long deadline = System.nanoTime() + LONGEST.toNanos();
                while (!Files.exists(release(file.toString())) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

    }

}
