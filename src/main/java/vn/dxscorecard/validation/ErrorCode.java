package vn.dxscorecard.validation;

import java.util.Arrays;

/**
 * The stable list of reasons a file or a row is rejected, each with its message in Vietnamese and English
 * ({@code docs/validation-errors.md}, checked against this enum by a test). Codes are part of the contract with
 * senders, who may filter their reports by them: never rename or remove one, only add. Messages are
 * {@link String#format} templates; an argument that differs by language is passed as a {@link Detail}.
 */
public enum ErrorCode {
    // Whole-file rejections.
    FILE_UNKNOWN_UNIT(true,
            "the unit code in the file name is not in the registry (reference/provinces.csv, ministries.csv, QG)",
            "Mã đơn vị '%s' trong tên tệp không có trong danh mục đơn vị. Tỉnh, thành phố dùng mã 2 chữ số (01, 79…), bộ, ngành dùng mã viết tắt (BTC, BCA…), cấp quốc gia dùng QG.",
            "Unit code '%s' in the file name is not in the unit registry. Provinces use their 2-digit code (01, 79…), ministries their abbreviation (BTC, BCA…), the national level QG."),
    FILE_UNIT_NOT_VALID(true,
            "the unit in the file name exists but is not valid on the period's last day: an old province code"
                    + " after the merger of 2025-07-01 or a ministry merged on 2025-03-01 (the message names the code"
                    + " to use), or a unit that did not exist yet (the message names the code valid then)",
            "Đơn vị %s không có hiệu lực vào ngày %s (ngày cuối của kỳ %s). %s",
            "Unit %s is not valid on %s (the last day of %s). %s"),
    FILE_REVISION_CONFLICT(true,
            "two files of the unit carry the same revision with different content (e.g. 01_2025-Q4.csv and"
                    + " 01_2025-q4.csv); neither is guessed, lower revisions are tried",
            "Đơn vị có nhiều tệp cùng lần sửa đổi %s nhưng nội dung khác nhau (%s); không thể biết tệp nào đúng nên không tệp nào được dùng. Hãy gửi bản đúng với tên %s.",
            "The unit sent several files with the same revision %s but different content (%s); none of them is used because it cannot be told which is right. Send the right one as %s."),
    FILE_ENCODING(true,
            "the file is not UTF-8: Windows-1258, TCVN3 (ABC), VNI or another legacy code page, UTF-16"
                    + " (\"Unicode Text\"), a NUL byte, or a U+FFFD replacement character left by an earlier bad"
                    + " conversion; the line of the first bad byte is given",
            "Tệp không phải UTF-8: %s. Trong Excel chọn Tệp > Lưu thành (File > Save As), ở mục Kiểu tệp chọn \"CSV UTF-8 (Comma delimited) (*.csv)\", lưu rồi gửi lại.",
            "The file is not UTF-8: %s. In Excel use File > Save As, choose the type \"CSV UTF-8 (Comma delimited) (*.csv)\", save and send it again."),
    FILE_EMPTY(true,
            "0 bytes, or only a BOM, blank lines and empty cells",
            "Tệp rỗng: không có dòng tiêu đề và dữ liệu.",
            "The file is empty: no header and no data."),
    FILE_HEADER_ONLY(true,
            "a header line but no data record (blank records do not count)",
            "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.",
            "The file has a header line but no data."),
    FILE_TOO_LARGE(true,
            "the file is larger than dx.intake.max-bytes (default 5 MiB)",
            "Tệp lớn hơn giới hạn %s byte.",
            "The file is larger than the limit of %s bytes."),
    FILE_TOO_MANY_ROWS(true,
            "more data records than dx.intake.max-records (default 10,000; header and blank records not"
                    + " counted); the line is that of the first record over the limit",
            "Tệp có nhiều hơn %s dòng dữ liệu (dòng tiêu đề và dòng trống không tính).",
            "The file has more than %s data records (header and blank records not counted)."),
    FILE_MISSING_COLUMN(true,
            "a required column (unit_code, period, indicator_code, value) is not in the header line",
            "Dòng tiêu đề thiếu cột bắt buộc: %s. Dòng tiêu đề phải có các cột unit_code, period, indicator_code, value (note không bắt buộc).",
            "The header line lacks required column(s): %s. It must have unit_code, period, indicator_code and value (note is optional)."),
    FILE_DUPLICATE_COLUMN(true,
            "a column name occurs twice in the header (trimmed, case-insensitive, known or not)",
            "Tên cột '%s' xuất hiện nhiều lần trong dòng tiêu đề.",
            "Column name '%s' appears more than once in the header line."),
    FILE_UNTERMINATED_QUOTE(true,
            "a quoted field is never closed: the rest of the file cannot be read reliably; the line is where"
                    + " the quote opened",
            "Dấu ngoặc kép (\") mở ở dòng %s không được đóng đến hết tệp. Hãy đóng dấu ngoặc kép, hoặc viết dấu ngoặc kép trong nội dung thành hai dấu (\"\").",
            "The quote (\") opened on line %s is never closed. Close it, or write a quote inside a value as two quotes (\"\")."),
    FILE_MALFORMED_CSV(true,
            "other CSV structure errors, e.g. text right after a closing quote (\"abc\"x)",
            "Tệp CSV sai cấu trúc ở dòng %s: %s",
            "The CSV file is malformed on line %s: %s"),
    // Row rejections.
    ROW_FIELD_COUNT(false,
            "a record has more or fewer fields than the header line has columns",
            "Dòng có %s ô, trong khi dòng tiêu đề có %s cột.",
            "The record has %s fields; the header has %s columns."),
    UNIT_MISMATCH(false,
            "unit_code is not the unit of the file name (a province code that Excel turned into a number, 1"
                    + " for 01, is accepted)",
            "Mã đơn vị '%s' khác với đơn vị của tệp (%s).",
            "Unit code '%s' differs from the file's unit (%s)."),
    PERIOD_MISMATCH(false,
            "period is not the period of the file name",
            "Kỳ báo cáo '%s' khác với kỳ của tệp (%s).",
            "Period '%s' differs from the file's period (%s)."),
    UNKNOWN_INDICATOR(false,
            "indicator_code is not in the catalogue",
            "Mã chỉ tiêu '%s' không có trong bộ chỉ tiêu.",
            "Indicator code '%s' is not in the catalogue."),
    INDICATOR_NOT_APPLICABLE(false,
            "the indicator exists but does not apply to the unit's kind (province, ministry, national)",
            "Chỉ tiêu %s không áp dụng cho %s.",
            "Indicator %s does not apply to %s."),
    DUPLICATE_INDICATOR(false,
            "the same indicator occurs more than once in the file: every occurrence is rejected",
            "Chỉ tiêu %s xuất hiện nhiều lần trong tệp; tất cả các dòng của chỉ tiêu này bị loại.",
            "Indicator %s appears more than once in the file; every occurrence is rejected."),
    VALUE_UNPARSABLE(false,
            "the value is not a number (letters, exponent, several signs, a % on a non-percentage…)",
            "Giá trị '%s' không phải là số hợp lệ.",
            "Value '%s' is not a valid number."),
    VALUE_AMBIGUOUS(false,
            "in a ; file, a value shaped like 1.234 or 12.500: the dot may be a thousands separator, never"
                    + " guessed",
            "Giá trị '%s' không rõ nghĩa: dấu chấm có thể là phân cách hàng nghìn. Bỏ dấu phân cách hàng nghìn, dùng dấu phẩy cho phần thập phân.",
            "Value '%s' is ambiguous: the dot may be a thousands separator. Remove thousands separators and use a comma for decimals."),
    VALUE_THOUSANDS_SEPARATOR(false,
            "the value has thousands separators (1.234,5, 1,234.5, 1.234.567, 54 100…)",
            "Giá trị '%s' có dấu phân cách hàng nghìn; hãy ghi số không có dấu phân cách.",
            "Value '%s' has a thousands separator; write the number without separators."),
    VALUE_DECIMAL_COMMA(false,
            "in a , file, a (quoted) value with a decimal comma: there the decimal separator is . only",
            "Giá trị '%s' dùng dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy; trong tệp này phần thập phân phải dùng dấu chấm (87.5).",
            "Value '%s' uses a decimal comma in a comma-delimited file; there the decimal separator must be a dot (87.5)."),
    VALUE_TOO_LONG(false,
            "the number has more than 30 digits, far more than any report needs",
            "Giá trị '%s' có quá nhiều chữ số (tối đa %s).",
            "Value '%s' has too many digits (at most %s)."),
    VALUE_NOT_BOOLEAN(false,
            "a yes/no indicator with another value",
            "Giá trị '%s' không hợp lệ; dùng có/không, yes/no, true/false hoặc 1/0.",
            "Value '%s' is not valid; use có/không, yes/no, true/false or 1/0."),
    VALUE_NOT_WHOLE(false,
            "a count or a rank with decimals",
            "Giá trị '%s' phải là số nguyên.",
            "Value '%s' must be a whole number."),
    VALUE_OUT_OF_RANGE(false,
            "a percentage outside 0–100, a negative count, a rank below 1",
            "Giá trị '%s' nằm ngoài khoảng cho phép (%s).",
            "Value '%s' is outside the allowed range (%s).");

    /** An argument worded differently in each language. */
    public record Detail(String vi, String en) {
    }

    /**
     * Text taken from a file (a value, a column name) is cut to this in messages: a message must stay readable and
     * fit its column. Details are our own wording and are never cut.
     */
    static final int MAX_ARGUMENT_LENGTH = 100;

    private final boolean wholeFile;
    private final String when;
    private final String templateVi;
    private final String templateEn;

    ErrorCode(boolean wholeFile, String when, String templateVi, String templateEn) {
        this.wholeFile = wholeFile;
        this.when = when;
        this.templateVi = templateVi;
        this.templateEn = templateEn;
    }

    public boolean wholeFile() {
        return wholeFile;
    }

    /** When the code is used, for the documentation. */
    public String when() {
        return when;
    }

    public String templateVi() {
        return templateVi;
    }

    public String templateEn() {
        return templateEn;
    }

    public String messageVi(Object... args) {
        return String.format(templateVi, localise(args, true));
    }

    public String messageEn(Object... args) {
        return String.format(templateEn, localise(args, false));
    }

    private static Object[] localise(Object[] args, boolean vi) {
        return Arrays.stream(args).map(a -> {
            if (a instanceof Detail d) {
                return vi ? d.vi() : d.en();
            }
            return a instanceof String s && s.length() > MAX_ARGUMENT_LENGTH
                    ? s.substring(0, MAX_ARGUMENT_LENGTH) + "…" : a;
        }).toArray();
    }
}
