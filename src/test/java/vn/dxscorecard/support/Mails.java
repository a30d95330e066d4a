package vn.dxscorecard.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * A message as its recipient's mail program reads it: decoded headers, the plain-text and
 * HTML parts, the attachments' bytes.
 */
public record Mails(String messageId, String to, String toName, String from, String subject,
        Map<String, String> headers, String text, String html, Map<String, byte[]> attachments, int size) {

    public static Mails of(MimeMessage message) {
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.merge(header.getName(), MimeUtility.unfold(header.getValue()), (a, b) -> a + "\n" + b);
            }
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            InternetAddress first = (InternetAddress) to[0];
            Parts parts = new Parts();
            parts.collect(message);
            return new Mails(message.getMessageID(), first.getAddress(), first.getPersonal(),
                    from((InternetAddress) message.getFrom()[0]), message.getSubject(), headers, parts.text, parts.html,
                    parts.attachments, message.getSize());
        }
        catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    private static String from(InternetAddress address) {
        return address.getPersonal() + " <" + address.getAddress() + ">";
    }

    /** A message file as {@code eml} mode writes it. */
    public static Mails parse(byte[] source) {
        try {
            return of(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(source)));
        }
        catch (MessagingException e) {
            throw new IllegalStateException("not a message", e);
        }
    }

    public static List<Mails> all(MimeMessage[] messages) {
        return Arrays.stream(messages).map(Mails::of).toList();
    }

    /** Every header value, decoded as a mail program shows it. */
    public List<String> decodedHeaders() {
        List<String> values = new ArrayList<>();
        headers.forEach((name, value) -> {
            try {
                values.add(name + ": " + MimeUtility.decodeText(value));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return values;
    }

    private static final class Parts {

        String text = "";

        String html = "";

        final Map<String, byte[]> attachments = new LinkedHashMap<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
            else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.put(part.getFileName(), in.readAllBytes());
                }
            }
            else if (part.isMimeType("text/plain")) {
                text += part.getContent();
            }
            else if (part.isMimeType("text/html")) {
                html += part.getContent();
            }
        }

    }

}
