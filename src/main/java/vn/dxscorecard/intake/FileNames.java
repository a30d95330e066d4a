package vn.dxscorecard.intake;

/**
 * A file name as the job repeats it (reports, PDFs, logs, mails): anyone who can drop a
 * file chooses its name, so control and formatting characters (a line break that forges a
 * log line, a right-to-left override) are removed and the name is cut to {@value #MAX}
 * characters (SPEC §3). A submission's own name is never changed by this.
 */
final class FileNames {

    static final int MAX = 100;

    private FileNames() {
    }

    static String display(String name) {
        StringBuilder clean = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < name.length();) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                continue;
            }
            if (kept == MAX) {
                return clean.append('…').toString();
            }
            clean.appendCodePoint(c);
            kept++;
        }
        return clean.toString();
    }

}
