package vn.dxscorecard.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * What makes one of our PDFs PDF/A-2b beyond its fonts: the sRGB output intent every
 * colour refers to, and the XMP packet that repeats the document information and adds the
 * scorecard's own facts (unit, period, edition, catalogue version) so that an archive can
 * index them without reading the pages.
 */
final class ArchivalMetadata {

    /**
     * Our properties need a namespace of their own; a URN because the product has no web
     * address to stand behind.
     */
    static final String NAMESPACE = "urn:dx-scorecard:xmp:1.0/";

    static final String PREFIX = "dxs";

    /** The lcms sRGB profile (zlib licence, Debian's icc-profiles-free). */
    private static final String SRGB = "icc/sRGB.icc";

    private static final byte[] SRGB_PROFILE = PdfFonts.classpathBytes(SRGB);

    /** The facts of the document, each an XMP property of {@link #NAMESPACE}. */
    record Provenance(String unitCode, String unitName, String period, int edition, String editionLabel,
            String catalogueVersion) {

        private List<Property> properties() {
            return List.of(new Property("unitCode", "Text", unitCode, "Mã đơn vị / unit code"),
                    new Property("unitName", "Text", unitName, "Tên đơn vị / unit name"),
                    new Property("period", "Text", period, "Kỳ báo cáo (YYYY-Qn) / reporting period"),
                    new Property("edition", "Integer", String.valueOf(edition), "Số bản công bố / edition number"),
                    new Property("editionLabel", "Text", editionLabel, "Loại bản / kind of edition"),
                    new Property("catalogueVersion", "Text", catalogueVersion,
                            "Phiên bản danh mục chỉ tiêu / catalogue version"));
        }

    }

    private record Property(String name, String type, String value, String description) {
    }

    private ArchivalMetadata() {
    }

    /** Before {@code open()}. */
    static void declare(PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA2B);
    }

    /** After {@code open()}: the profile is an object of the file's body. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", SRGB_PROFILE);
    }

    /**
     * Just before {@code close()}, once the information dictionary is complete: the XMP
     * packet must say what the dictionary says, dates included.
     */
    static void attach(PdfWriter writer, PdfDictionary info, Provenance provenance) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes, info, PdfWriter.PDFA2B)) {
            xmp.addRdfDescription(extensionSchemaNamespaces(), extensionSchema(provenance.properties()));
            xmp.addRdfDescription("xmlns:" + PREFIX + "=\"" + NAMESPACE + "\"", values(provenance.properties()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.setXmpMetadata(bytes.toByteArray());
    }

    private static String values(List<Property> properties) {
        StringBuilder xml = new StringBuilder();
        for (Property property : properties) {
            String tag = PREFIX + ":" + property.name();
            xml.append('<')
                .append(tag)
                .append('>')
                .append(XmpSchema.escape(property.value()))
                .append("</")
                .append(tag)
                .append('>');
        }
        return xml.toString();
    }

    private static String extensionSchemaNamespaces() {
        return "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
    }

    /**
     * PDF/A accepts a property outside the standard schemas only when the packet
     * describes it (ISO 19005-2, 6.6.2.3).
     */
    private static String extensionSchema(List<Property> properties) {
        StringBuilder xml = new StringBuilder("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaSchema:schema>dx-scorecard</pdfaSchema:schema>" + "<pdfaSchema:namespaceURI>" + NAMESPACE
                + "</pdfaSchema:namespaceURI>" + "<pdfaSchema:prefix>" + PREFIX + "</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq>");
        for (Property property : properties) {
            xml.append("<rdf:li rdf:parseType=\"Resource\">")
                .append("<pdfaProperty:name>")
                .append(property.name())
                .append("</pdfaProperty:name>")
                .append("<pdfaProperty:valueType>")
                .append(property.type())
                .append("</pdfaProperty:valueType>")
                .append("<pdfaProperty:category>external</pdfaProperty:category>")
                .append("<pdfaProperty:description>")
                .append(XmpSchema.escape(property.description()))
                .append("</pdfaProperty:description>")
                .append("</rdf:li>");
        }
        return xml.append("</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>").toString();
    }

}
