package vn.dxscorecard.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import vn.dxscorecard.shared.Templates;
import vn.dxscorecard.shared.Text;

/**
 * Renders a letter as an RFC 5322 message through Spring's {@link MimeMessageHelper}: a
 * plain-text and an HTML part (from the template engine), then the attachments. The
 * headers that carry the contract are ours: the {@code Message-ID} derived from the key,
 * names RFC 2047-encoded, the date in the units' zone. Jakarta Mail encodes every part
 * quoted-printable or base64, so the source is 7-bit ASCII (checked).
 */
final class LetterComposer {

    /** The {@code From} header's value. */
    private final String from;

    private final String domain;

    private final Session session;

    private final ZoneId zone;

    LetterComposer(String fromAddress, String fromName, ZoneId zone) {
        this.zone = zone;
        this.from = address(fromAddress, fromName);
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
        message.setHeader("From", MimeUtility.fold("From: ".length(), from));
        message.setHeader("To", MimeUtility.fold("To: ".length(), address(letter.to().email(), letter.to().name())));
        message.setSubject(letter.subject().vi() + " / " + letter.subject().en(), StandardCharsets.UTF_8.name());
        MailDateFormat format = new MailDateFormat();
        // The date as the recipients live it, not the server's time zone.
        format.setTimeZone(TimeZone.getTimeZone(zone));
        message.setHeader("Date", format.format(Date.from(date)));
        // RFC 3834: no out-of-office replies to a machine.
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        helper.setText(plain(letter.paragraphs()), html(letter.paragraphs()));
        for (Letter.Attachment attachment : letter.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.bytes()),
                    attachment.contentType());
        }
        // Always base64: a CSV attachment arrives byte for byte as published, its line
        // ends included (quoted-printable would make them the reader's).
        MimeMultipart parts = helper.getRootMimeMultipart();
        for (int i = 1; i < parts.getCount(); i++) {
            parts.getBodyPart(i).setHeader("Content-Transfer-Encoding", "base64");
        }
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
        message.setHeader("To", MimeUtility.fold("To: ".length(), address(to.email(), to.name())));
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
    static String address(String email, String name) {
        try {
            if (name == null || name.isEmpty()) {
                return new InternetAddress(email, true).toString();
            }
            if (!name.contains("=?")) {
                return new InternetAddress(email, name, StandardCharsets.UTF_8.name()).toString();
            }
            // Jakarta Mail writes an ASCII name as it is: the encoding is ours to force.
            // The mailbox is a checked plain local@domain (RecipientsFile, the sender's
            // check), so nothing else reaches the header.
            return encodedWords(name) + " <" + new InternetAddress(email, true).getAddress() + ">";
        }
        catch (UnsupportedEncodingException | AddressException e) {
            throw new IllegalArgumentException("not a mailbox to write to: " + e.getMessage(), e);
        }
    }

    /**
     * {@code text} as base64 encoded words of at most 75 characters each (RFC 2047 §2),
     * split between code points so that each decodes on its own.
     */
    static String encodedWords(String text) {
        StringBuilder words = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String codePoint = new String(Character.toChars(text.codePointAt(i)));
            int size = codePoint.getBytes(StandardCharsets.UTF_8).length;
            // 45 bytes are 60 base64 characters: with "=?UTF-8?B?" and "?=", 72
            if (bytes + size > 45) {
                words.append(words.isEmpty() ? "" : " ").append(encodedWord(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(codePoint);
            bytes += size;
        }
        return words.append(words.isEmpty() ? "" : " ").append(encodedWord(chunk.toString())).toString();
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    static String plain(List<Text> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (Text paragraph : paragraphs) {
            text.append(paragraph.vi()).append("\r\n").append(paragraph.en()).append("\r\n\r\n");
        }
        return text.toString();
    }

    /** The HTML part, from {@code letter.jte}: the engine escapes every word. */
    static String html(List<Text> paragraphs) {
        return Templates.render("letter.jte", paragraphs).replace("\r\n", "\n").replace("\n", "\r\n");
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
