package vn.dxscorecard.delivery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
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
 * A 5xx reply fails the message for good; a 4xx, a refused or a broken connection leaves
 * it pending for the next launch. The message is sent as it was rendered: the same bytes,
 * the same {@code Message-ID}.
 */
final class SmtpCourier implements Courier {

    private final JavaMailSenderImpl sender;

    private Transport transport;

    SmtpCourier(JavaMailSenderImpl sender) {
        this.sender = sender;
        // set before the session exists: it is made from these properties
        sender.setJavaMailProperties(NoDelaySockets.install(sender.getJavaMailProperties(), protocol()));
    }

    @Override
    public Attempt deliver(OutboxEntry entry, String source) {
        try {
            connect();
        }
        catch (MessagingException e) {
            close();
            return new Attempt(OutboxStatus.PENDING, "cannot connect to " + sender.getHost() + ": " + describe(e),
                    true);
        }
        try {
            MimeMessage message = new MimeMessage(sender.getSession(),
                    new ByteArrayInputStream(source.getBytes(StandardCharsets.US_ASCII)));
            Address[] to = message.getAllRecipients();
            transport.sendMessage(message, to);
            return new Attempt(OutboxStatus.SENT, reply(), false);
        }
        catch (MessagingException e) {
            int code = returnCode(e);
            if (code >= 500) {
                return new Attempt(OutboxStatus.FAILED, describe(e), false);
            }
            if (code >= 400) {
                return new Attempt(OutboxStatus.PENDING, describe(e), false);
            }
            // No reply at all: the connection broke. The rest waits for the next launch.
            close();
            return new Attempt(OutboxStatus.PENDING, "connection lost: " + describe(e), true);
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
        transport = sender.getSession().getTransport(protocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    }

    private String protocol() {
        return sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    }

    private String reply() {
        return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "accepted";
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
