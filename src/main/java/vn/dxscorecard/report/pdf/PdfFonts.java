package vn.dxscorecard.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dxscorecard.shared.AtomicFiles;
import vn.dxscorecard.shared.Sha256;

/**
 * Liberation Sans regular and bold, read once per JVM from the classpath (shipped by
 * {@code openpdf-fonts-extra}, so inside the Boot jar) and embedded as Identity-H
 * subsets: Vietnamese diacritics and the ▲▼ arrows come out the same on every machine,
 * whatever fonts it has installed. Charts get AWT fonts made from the same files, so the
 * widths JFreeChart measures are the widths the PDF shows.
 */
final class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";

    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final class Holder {

        private static final PdfFonts INSTANCE = new PdfFonts();

    }

    private final BaseFont regular;

    private final BaseFont bold;

    private final Font awtRegular;

    private final Font awtBold;

    private PdfFonts() {
        byte[] regularBytes = classpathBytes(REGULAR);
        byte[] boldBytes = classpathBytes(BOLD);
        regular = baseFont(REGULAR, regularBytes, 'R');
        bold = baseFont(BOLD, boldBytes, 'B');
        awtRegular = awtFont(REGULAR, regularBytes);
        awtBold = awtFont(BOLD, boldBytes);
    }

    /**
     * AWT makes a font from bytes by copying them to a temporary file ({@code +~JF*.tmp})
     * it deletes only when the JVM ends normally: every killed run would leave 400 KB
     * behind. From a file it reads the file itself, so the two fonts are kept as files in
     * one folder of this user's in the temp folder, named by their content, written once
     * and checked at every start: a killed run leaves nothing new.
     */
    private static Path fontFolder() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "dx-scorecard-fonts-" + user);
        try {
            Files.createDirectory(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        catch (FileAlreadyExistsException e) {
            // made by an earlier run: checked below like any other
        }
        // Only a folder of our own that nobody else may write to: the fonts are read from
        // it.
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(Path.of("/proc/self")))
                || Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                    .stream()
                    .anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
            throw new IOException(folder + " is not a private folder of this user");
        }
        return folder;
    }

    static PdfFonts get() {
        return Holder.INSTANCE;
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    Font awt(boolean boldFace, float size) {
        return (boldFace ? awtBold : awtRegular).deriveFont(size);
    }

    /**
     * Maps every AWT font a chart asks for to one of ours: the chart can never pull in a
     * font of the machine.
     */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return font.isBold() || font.getFontName().equals(awtBold.getFontName()) ? bold : regular;
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return awt(font == bold, size);
            }
        };
    }

    private static BaseFont baseFont(String name, byte[] bytes, char subsetTag) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSecureRandom(new FixedSubsetTag(subsetTag));
            // PDF/A-2 wants a CIDSet to list every glyph of the embedded subset, and
            // OpenPDF's
            // lists only those used; the set is optional, so it is left out.
            font.setIncludeCidSet(false);
            return font;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + name, e);
        }
    }

    private static Font awtFont(String resource, byte[] bytes) {
        try {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, fontFile(fontFolder(), resource, bytes).toFile());
            }
            catch (IOException e) {
                // The kept files are a saving, never a reason to fail a publication:
                // AWT's
                // own temporary copy instead, for this run.
                log.warn("Cannot keep the chart font {} as a file ({}); AWT copies it to the temp folder instead",
                        resource, e.getMessage());
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            }
        }
        catch (FontFormatException e) {
            throw new IllegalStateException("bad font file", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code <folder>/<name>-<sha256 prefix>.ttf}: another version of the font gets
     * another name, and a file whose content is not the font's is written again.
     */
    private static Path fontFile(Path folder, String resource, byte[] bytes) throws IOException {
        String name = Path.of(resource).getFileName().toString().replace(".ttf", "");
        String digest = Sha256.of(bytes);
        Path file = folder.resolve(name + "-" + digest.substring(0, 12) + ".ttf");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length
                || !Sha256.of(Files.readAllBytes(file)).equals(digest)) {
            AtomicFiles.write(file, out -> out.write(bytes));
        }
        return file;
    }

    /** A font or colour profile the jar ships: read whole, once per JVM. */
    static byte[] classpathBytes(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * OpenPDF names each embedded subset with six random capitals
     * ({@code ABCDEF+LiberationSans}); a fixed tag per font keeps a rerun's PDF byte for
     * byte the same. The tag only has to differ between the fonts of one file.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private final double value;

        FixedSubsetTag(char letter) {
            value = (letter - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return value;
        }

    }

}
