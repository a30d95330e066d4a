package vn.dxscorecard.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.dxscorecard.reference.Registry;
import vn.dxscorecard.results.PeriodReport;
import vn.dxscorecard.shared.ConfigurationException;
import vn.dxscorecard.shared.DxProperties;
import vn.dxscorecard.shared.Messages;
import vn.dxscorecard.shared.Period;
import vn.dxscorecard.shared.SettingFiles;
import vn.dxscorecard.shared.ScorecardJob;

/**
 * Delivery's settings checked at start (exit 2 when wrong), and the step-scoped beans of
 * the outbox step (in the scorecard job) and of the delivery job's steps.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfig {

    /**
     * The recipients file, read and checked at start whenever it is given; with delivery
     * on, it and a sender address are required, and smtp needs {@code spring.mail.host}.
     */
    @Bean
    Recipients recipients(DeliveryProperties delivery, Registry registry,
            ObjectProvider<JavaMailSenderImpl> mailSender) {
        if (delivery.enabled()) {
            if (delivery.recipients() == null) {
                throw new ConfigurationException("dx.delivery.mode=" + delivery.mode().name().toLowerCase(Locale.ROOT)
                        + " needs the recipients file: --recipients=FILE");
            }
            checkSender(delivery.from());
            if (delivery.fromName().chars().anyMatch(Character::isISOControl)) {
                throw new ConfigurationException("dx.delivery.from-name: a control character in the sender's name");
            }
            if (delivery.mode() == DeliveryMode.SMTP && mailSender.getIfAvailable() == null) {
                throw new ConfigurationException("dx.delivery.mode=smtp needs the mail server: --spring.mail.host=…"
                        + " (and --spring.mail.port, username as it requires; the password from SPRING_MAIL_PASSWORD"
                        + " or --dx.delivery.password-file)");
            }
            mailPassword(delivery, mailSender);
        }
        return delivery.recipients() == null ? Recipients.NONE : RecipientsFile.load(delivery.recipients(), registry);
    }

    /**
     * The mail server's password from {@code dx.delivery.password-file}, a private file;
     * empty when there is none (then {@code spring.mail.password} from the environment,
     * if set, stands).
     */
    private static Optional<String> mailPassword(DeliveryProperties delivery,
            ObjectProvider<JavaMailSenderImpl> mailSender) {
        if (delivery.passwordFile() == null) {
            return Optional.empty();
        }
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        if (sender != null && sender.getPassword() != null && !sender.getPassword().isEmpty()) {
            throw new ConfigurationException(
                    "spring.mail.password and dx.delivery.password-file are both set: keep one");
        }
        return Optional.of(SettingFiles.secret(delivery.passwordFile(), "dx.delivery.password-file"));
    }

    private static void checkSender(String from) {
        if (from == null || from.isBlank()) {
            throw new ConfigurationException("delivery needs the sender's address: --dx.delivery.from=ADDRESS");
        }
        try {
            InternetAddress address = new InternetAddress(from, true);
            if (!address.getAddress().equals(from) || from.indexOf('@') <= 0) {
                throw new AddressException("not a plain mailbox local@domain");
            }
        }
        catch (AddressException e) {
            throw new ConfigurationException(
                    "dx.delivery.from: '" + from + "' is not a valid address (" + e.getMessage() + ")");
        }
    }

    @Bean
    Letters letters(Messages messages, DxProperties properties) {
        return new Letters(messages, properties.zone());
    }

    @Bean
    @StepScope
    OutboxTasklet outboxTasklet(DeliveryProperties delivery, PeriodReport report, Recipients recipients,
            Registry registry, Letters letters, OutboxRepository repository, DxProperties properties) {
        return new OutboxTasklet(report, recipients, registry, letters,
                delivery.enabled() ? Optional.of(outbox(delivery, repository, properties.zone())) : Optional.empty(),
                repository, properties.output().resolve(report.period().toString()));
    }

    @Bean
    @StepScope
    Tasklet launchPlanTasklet(DeliveryProperties delivery, LaunchPlanner planner,
            @Value(DeliveryJob.PERIODS_VALUE) String periods, @Value(ScorecardJob.GENERATED_AT_VALUE) String now) {
        List<Period> handled = periods.isBlank() ? List.of()
                : Arrays.stream(periods.split(",")).map(Period::of).toList();
        return (contribution, context) -> {
            contribution.incrementWriteCount(planner.plan(handled, Instant.parse(now)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    DueMessages dueMessages(OutboxRepository repository, DeliveryProperties delivery) {
        return new DueMessages(repository, delivery.mode());
    }

    @Bean
    @StepScope
    Postman postman(DeliveryProperties delivery, OutboxRepository repository, DueMessages dueMessages,
            ObjectProvider<JavaMailSenderImpl> mailSender, DxProperties properties,
            @Value(ScorecardJob.GENERATED_AT_VALUE) String now) {
        Courier courier = delivery.mode() == DeliveryMode.SMTP
                ? new SmtpCourier(mailSender.getObject(), delivery.timeout(), mailPassword(delivery, mailSender))
                : new EmlCourier(properties.output());
        return new Postman(repository, courier, dueMessages, delivery, Instant.parse(now));
    }

    @Bean
    @StepScope
    DeliveryReportTasklet deliveryReportTasklet(OutboxRepository repository, DxProperties properties) {
        return new DeliveryReportTasklet(repository, properties.output());
    }

    static Outbox outbox(DeliveryProperties delivery, OutboxRepository repository, ZoneId zone) {
        return new Outbox(repository, new LetterComposer(delivery.from(), delivery.fromName(), zone));
    }

}
