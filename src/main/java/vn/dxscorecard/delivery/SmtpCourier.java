package vn.dxscorecard.delivery;

import java.io.ByteArrayInputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * smtp mode: the messages of a run go through one connection to the server that
 * {@code spring.mail.*} names (STARTTLS and SMTPS through its properties and SSL bundle).
 * A 5xx reply fails the message for good, unless it refuses our own sender; a 4xx, a
 * refused, broken or timed-out connection leaves it pending for the next launch. Every
 * wait on the server is bounded by {@code dx.delivery.timeout}: a relay that accepts the
 * connection and never answers costs one timeout, not the night. The message is sent as
 * it was rendered: the same bytes, the same {@code Message-ID}.
 */
final class SmtpCourier implements Courier {

    private final JavaMailSenderImpl sender;

    private final Session session;

    private final String password;

    private Transport transport;

    /**
     * @param sender the mail sender as Spring Boot configured it from
     * {@code spring.mail.*}; left as it is: the courier makes its own session from a copy
     * of its properties
     */
    SmtpCourier(JavaMailSenderImpl sender, Duration timeout, Optional<String> password) {
        this.sender = sender;
        this.password = password.orElse(sender.getPassword());
        Properties mail = new Properties();
        mail.putAll(sender.getJavaMailProperties());
        String millis = String.valueOf(timeout.toMillis());
        for (String wait : List.of("connectiontimeout", "timeout", "writetimeout")) {
            mail.setProperty("mail." + protocol() + "." + wait, millis);
        }
        this.session = Session.getInstance(mail);
    }

    /** {@code host:port}, as the log and {@code delivery.csv} name the server. */
    String server() {
        return server(sender);
    }

    static String server(JavaMailSenderImpl sender) {
        return sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : "default port");
    }

    @Override
    public Attempt deliver(OutboxEntry entry, String source) {
        try {
            connect();
        }
        catch (MessagingException e) {
            close();
            return new Attempt(OutboxStatus.PENDING, "cannot connect to " + server() + ": " + describe(e), true);
        }
        try {
            MimeMessage message = new MimeMessage(session,
                    new ByteArrayInputStream(source.getBytes(StandardCharsets.US_ASCII)));
            Address[] to = message.getAllRecipients();
            transport.sendMessage(message, to);
            return new Attempt(OutboxStatus.SENT, reply(), false);
        }
        catch (MessagingException e) {
            if (senderRefused(e)) {
                // Our own sender (dx.delivery.from) is refused: every message would be,
                // and
                // the fault is our configuration's, so nothing fails for good (SPEC §9).
                close();
                return new Attempt(OutboxStatus.PENDING,
                        "the server " + server() + " refuses the sender (dx.delivery.from): " + describe(e), true);
            }
            int code = returnCode(e);
            if (code >= 500) {
                return new Attempt(OutboxStatus.FAILED, describe(e), false);
            }
            if (code >= 400) {
                return new Attempt(OutboxStatus.PENDING, describe(e), false);
            }
            // No reply at all: the connection broke or the server stopped answering. The
            // rest waits for the next launch.
            close();
            return new Attempt(OutboxStatus.PENDING,
                    (timedOut(e) ? "no answer from " : "connection lost to ") + server() + ": " + describe(e), true);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            }
            catch (MessagingException ignored) {
                // closing a broken connection says nothing new
            }
            transport = null;
        }
    }

    private void connect() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        transport = session.getTransport(protocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), password);
    }

    private String protocol() {
        return sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    }

    private String reply() {
        return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "accepted";
    }

    /** A 5xx to {@code MAIL FROM}: the server will take no message from our sender. */
    private static boolean senderRefused(MessagingException e) {
        for (Exception current = e; current != null; current = current instanceof MessagingException m
                ? m.getNextException() : null) {
            if (current instanceof SMTPSenderFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    /** The SMTP reply code in the exception or its nested ones; 0 when there is none. */
    static int returnCode(MessagingException e) {
        Exception current = e;
        while (current != null) {
            switch (current) {
                case SMTPSendFailedException f -> {
                    return f.getReturnCode();
                }
                case SMTPAddressFailedException f -> {
                    return f.getReturnCode();
                }
                case SMTPSenderFailedException f -> {
                    return f.getReturnCode();
                }
                default -> {
                }
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return 0;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        Throwable current = e;
        while (current != null) {
            String message = current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage();
            if (!text.toString().contains(message.strip())) {
                text.append(text.isEmpty() ? "" : "; ").append(message.strip());
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }

}
