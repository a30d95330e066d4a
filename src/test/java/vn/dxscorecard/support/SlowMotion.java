package vn.dxscorecard.support;

import java.time.Duration;

import org.springframework.batch.core.ExitStatus;
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
 * Slow motion for the crash and signal tests ({@code --dx.test.slow-motion=150ms}): a
 * pause after every chunk and every step widens the moments at which a test or
 * {@code scripts/chaos} kills the job. It exists only on the test classpath, and only
 * when a test switches it on.
 */
@Component
@ConditionalOnProperty("dx.test.slow-motion")
public class SlowMotion implements BeanPostProcessor {

    private final Pause pause;

    SlowMotion(@Value("${dx.test.slow-motion}") Duration pause) {
        this.pause = new Pause(pause);
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ChunkOrientedStep step) {
            step.registerItemWriteListener(pause);
        }
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(pause);
        }
        return bean;
    }

    private record Pause(Duration length) implements ItemWriteListener<Object>, StepExecutionListener {

        @Override
        public void afterWrite(Chunk<?> items) {
            sleep();
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            sleep();
            return stepExecution.getExitStatus();
        }

        private void sleep() {
            try {
                Thread.sleep(length);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
