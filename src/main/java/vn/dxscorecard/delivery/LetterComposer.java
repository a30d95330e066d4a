package vn.dxscorecard.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import vn.dxscorecard.shared.Text;

/**
 * Renders a letter as an RFC 5322 message: a plain-text and a simple HTML part, then the
 * attachments. Every header is ours (names RFC 2047-encoded by Jakarta Mail); every part
 * is quoted-printable or base64, so the source is 7-bit ASCII.
 */
final class LetterComposer {

    private final InternetAddress from;

    private final String domain;

    private final Session session;

    private final ZoneId zone;

    LetterComposer(String fromAddress, String fromName, ZoneId zone) {
        this.zone = zone;
        try {
            this.from = address(fromAddress, fromName);
        }
        catch (UnsupportedEncodingException | AddressException e) {
            throw new IllegalStateException(e);
        }
        this.domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
        Properties properties = new Properties();
        properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        this.session = Session.getInstance(properties);
    }

    String messageId(MessageKey key) {
        return key.messageId(domain);
    }

    String compose(Letter letter, Instant date) throws MessagingException, IOException {
        MimeMessage message = new IdentifiedMessage(session, messageId(letter.key()));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, address(letter.to().email(), letter.to().name()));
        message.setSubject(letter.subject().vi() + " / " + letter.subject().en(), StandardCharsets.UTF_8.name());
        MailDateFormat format = new MailDateFormat();
        // The date as the recipients live it, not the server's time zone.
        format.setTimeZone(TimeZone.getTimeZone(zone));
        message.setHeader("Date", format.format(Date.from(date)));
        // RFC 3834: no out-of-office replies to a machine.
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        List<Text> paragraphs = letter.paragraphs();
        alternative.addBodyPart(part(plain(paragraphs), "plain"));
        alternative.addBodyPart(part(html(paragraphs), "html"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (Letter.Attachment attachment : letter.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            // Always base64: the attachment arrives byte for byte as published.
            file.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(file);
        }
        message.setContent(mixed);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        byte[] bytes = out.toByteArray();
        for (byte b : bytes) {
            if (b < 0) {
                throw new IllegalStateException("message " + letter.key().id() + " is not 7-bit");
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /**
     * The same rendered message to another recipient: only its {@code To} and
     * {@code Message-ID} change, the body and attachments stay byte for byte.
     */
    String readdress(String source, Recipient to, MessageKey key) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session,
                new ByteArrayInputStream(source.getBytes(StandardCharsets.US_ASCII)));
        message.setRecipient(MimeMessage.RecipientType.TO, address(to.email(), to.name()));
        message.setHeader("Message-ID", messageId(key));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    /**
     * A mailbox with its display name RFC 2047-encoded where it is not plain ASCII, and
     * also where it looks like an encoded word itself: quoted raw, some readers would
     * decode it into a name of the file editor's choosing (SPEC §9).
     */
    static InternetAddress address(String email, String name) throws UnsupportedEncodingException, AddressException {
        if (name == null || name.isEmpty() || !name.contains("=?")) {
            return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        }
        InternetAddress address = new InternetAddress(
                MimeUtility.encodeWord(name, StandardCharsets.UTF_8.name(), "B") + " <" + email + ">", true);
        if (!address.getAddress().equals(email)) {
            throw new AddressException("not a plain mailbox", email);
        }
        return address;
    }

    private static MimeBodyPart part(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    static String plain(List<Text> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (Text paragraph : paragraphs) {
            text.append(paragraph.vi()).append("\r\n").append(paragraph.en()).append("\r\n\r\n");
        }
        return text.toString();
    }

    static String html(List<Text> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a\">\r\n");
        for (Text paragraph : paragraphs) {
            html.append("<p>")
                .append(lines(paragraph.vi()))
                .append("<br>\r\n<span lang=\"en\" style=\"color:#5f6b7a\">")
                .append(lines(paragraph.en()))
                .append("</span></p>\r\n");
        }
        return html.append("</body></html>\r\n").toString();
    }

    private static String lines(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n' -> escaped.append("<br>\r\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Keeps the Message-ID derived from the key: Jakarta Mail would make a random one.
     */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

    }

}
