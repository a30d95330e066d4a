package vn.dxscorecard.delivery;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The delivery job (SPEC §9), launched after the launch's publications: plan the launch's
 * own messages (reminders, receipts of late files), send every due message one per
 * transaction, then rewrite each period's {@code delivery.csv}. It never touches a
 * publication.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJobConfig {

    @Bean
    Job dxDeliveryJob(JobRepository jobRepository, Step planStep, Step sendStep, Step deliveryReportStep) {
        return new JobBuilder(DeliveryJob.NAME, jobRepository).start(planStep)
            .next(sendStep)
            .next(deliveryReportStep)
            .build();
    }

    @Bean
    Step planStep(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet launchPlanTasklet) {
        return new StepBuilder("planStep", jobRepository).tasklet(launchPlanTasklet, tm).build();
    }

    /** One message per chunk: a crash repeats at most the message in flight. */
    @Bean
    Step sendStep(JobRepository jobRepository, PlatformTransactionManager tm, DueMessages dueMessages,
            Postman postman) {
        return new StepBuilder("sendStep", jobRepository).<String, String>chunk(1)
            .transactionManager(tm)
            .reader(dueMessages)
            .writer(postman)
            .listener(postman)
            .build();
    }

    @Bean
    Step deliveryReportStep(JobRepository jobRepository, PlatformTransactionManager tm,
            DeliveryReportTasklet deliveryReportTasklet) {
        return new StepBuilder("deliveryReportStep", jobRepository).tasklet(deliveryReportTasklet, tm).build();
    }

}
