package vn.dxscorecard.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --dx.test.file-clock-from=INSTANT}: the clock the settle time is judged by reads
 * INSTANT when the launch first looks at it and runs on in real time from there, so a
 * test that touched files "just now" sees them just touched however long the application
 * took to start. It exists only on the test classpath, and only when a test switches it
 * on.
 */
@Component
@ConditionalOnProperty("dx.test.file-clock-from")
public class FileClockFrom implements BeanPostProcessor {

    /** The intake's bean name for that clock (intake.IntakeConfig). */
    private static final String FILE_CLOCK = "fileClock";

    private final Instant from;

    FileClockFrom(@Value("${dx.test.file-clock-from}") Instant from) {
        this.from = from;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return beanName.equals(FILE_CLOCK) && bean instanceof InstantSource ? new Shifted(from) : bean;
    }

    private static final class Shifted implements InstantSource {

        private final Instant from;

        private long firstRead;

        Shifted(Instant from) {
            this.from = from;
        }

        @Override
        public synchronized Instant instant() {
            if (firstRead == 0) {
                firstRead = System.nanoTime();
            }
            return from.plus(Duration.ofNanos(System.nanoTime() - firstRead));
        }

    }

}
