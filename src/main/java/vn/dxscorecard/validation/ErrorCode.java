package vn.dxscorecard.validation;

/**
 * The stable list of reasons a file or a row is rejected, each with its message in Vietnamese and English
 * ({@code docs/validation-errors.md}). Codes are part of the contract with senders: never rename one.
 * Messages are {@link String#format} templates.
 */
public enum ErrorCode {
    // Whole-file rejections.
    FILE_UNKNOWN_UNIT(true,
            "Mã đơn vị '%s' trong tên tệp không có trong danh mục đơn vị.",
            "Unit code '%s' in the file name is not in the unit registry."),
    FILE_UNIT_NOT_VALID(true,
            "Đơn vị %s không còn hiệu lực vào ngày %s; hãy nộp báo cáo dưới mã %s.",
            "Unit %s is not valid on %s; send the report under code %s."),
    FILE_ENCODING(true,
            "Tệp không phải UTF-8 hợp lệ (%s). Trong Excel chọn Lưu thành (Save As) > \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi lại.",
            "The file is not valid UTF-8 (%s). In Excel use Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" and send it again."),
    FILE_EMPTY(true,
            "Tệp rỗng.",
            "The file is empty."),
    FILE_HEADER_ONLY(true,
            "Tệp chỉ có dòng tiêu đề, không có dữ liệu.",
            "The file has a header line but no data."),
    FILE_TOO_LARGE(true,
            "Tệp lớn hơn giới hạn %s byte.",
            "The file is larger than the limit of %s bytes."),
    FILE_TOO_MANY_ROWS(true,
            "Tệp có nhiều hơn %s dòng dữ liệu.",
            "The file has more than %s data records."),
    FILE_MISSING_COLUMN(true,
            "Thiếu cột bắt buộc: %s.",
            "Required column missing: %s."),
    FILE_DUPLICATE_COLUMN(true,
            "Tên cột '%s' xuất hiện nhiều lần.",
            "Column name '%s' appears more than once."),
    FILE_UNTERMINATED_QUOTE(true,
            "Dấu ngoặc kép mở ở dòng %s không được đóng.",
            "A quote opened on line %s is never closed."),
    FILE_MALFORMED_CSV(true,
            "Tệp CSV sai cấu trúc: %s.",
            "The CSV file is malformed: %s."),
    // Row rejections.
    ROW_FIELD_COUNT(false,
            "Dòng có %s ô, tiêu đề có %s cột.",
            "The record has %s fields; the header has %s columns."),
    UNIT_MISMATCH(false,
            "Mã đơn vị '%s' khác với đơn vị của tệp (%s).",
            "Unit code '%s' differs from the file's unit (%s)."),
    PERIOD_MISMATCH(false,
            "Kỳ báo cáo '%s' khác với kỳ của tệp (%s).",
            "Period '%s' differs from the file's period (%s)."),
    UNKNOWN_INDICATOR(false,
            "Mã chỉ tiêu '%s' không có trong bộ chỉ tiêu.",
            "Indicator code '%s' is not in the catalogue."),
    INDICATOR_NOT_APPLICABLE(false,
            "Chỉ tiêu %s không áp dụng cho loại đơn vị %s.",
            "Indicator %s does not apply to units of kind %s."),
    DUPLICATE_INDICATOR(false,
            "Chỉ tiêu %s xuất hiện nhiều lần trong tệp; tất cả các dòng của chỉ tiêu này bị loại.",
            "Indicator %s appears more than once in the file; every occurrence is rejected."),
    VALUE_UNPARSABLE(false,
            "Giá trị '%s' không phải là số hợp lệ.",
            "Value '%s' is not a valid number."),
    VALUE_AMBIGUOUS(false,
            "Giá trị '%s' không rõ nghĩa: dấu chấm có thể là phân cách hàng nghìn. Bỏ dấu phân cách hàng nghìn, dùng dấu phẩy cho phần thập phân.",
            "Value '%s' is ambiguous: the dot may be a thousands separator. Remove thousands separators and use a comma for decimals."),
    VALUE_THOUSANDS_SEPARATOR(false,
            "Giá trị '%s' có dấu phân cách hàng nghìn; hãy ghi số không có dấu phân cách.",
            "Value '%s' has a thousands separator; write the number without separators."),
    VALUE_NOT_BOOLEAN(false,
            "Giá trị '%s' không hợp lệ; dùng có/không, yes/no, true/false hoặc 1/0.",
            "Value '%s' is not valid; use có/không, yes/no, true/false or 1/0."),
    VALUE_NOT_WHOLE(false,
            "Giá trị '%s' phải là số nguyên.",
            "Value '%s' must be a whole number."),
    VALUE_OUT_OF_RANGE(false,
            "Giá trị '%s' nằm ngoài khoảng cho phép (%s).",
            "Value '%s' is outside the allowed range (%s).");

    private final boolean wholeFile;
    private final String templateVi;
    private final String templateEn;

    ErrorCode(boolean wholeFile, String templateVi, String templateEn) {
        this.wholeFile = wholeFile;
        this.templateVi = templateVi;
        this.templateEn = templateEn;
    }

    public boolean wholeFile() {
        return wholeFile;
    }

    public String messageVi(Object... args) {
        return String.format(templateVi, args);
    }

    public String messageEn(Object... args) {
        return String.format(templateEn, args);
    }
}
