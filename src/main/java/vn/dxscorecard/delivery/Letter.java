package vn.dxscorecard.delivery;

import java.util.List;

import vn.dxscorecard.shared.Text;

/**
 * A message before it is rendered: who it is for, its subject, its paragraphs (each
 * Vietnamese, then English under it; a paragraph may hold several lines) and its
 * attachments.
 */
record Letter(MessageKey key, Recipient to, Text subject, List<Text> paragraphs, List<Attachment> attachments) {

    /** A file attached as published: a fixed ASCII name, its content type, its bytes. */
    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

}
