package vn.dxscorecard.badinput;

import static vn.dxscorecard.badinput.BadInputCase.Run.FILES;
import static vn.dxscorecard.badinput.BadInputCase.rows;
import static vn.dxscorecard.badinput.BadInputCase.wholeFile;
import static vn.dxscorecard.feedback.ErrorCode.DUPLICATE_INDICATOR;
import static vn.dxscorecard.feedback.ErrorCode.FILE_DUPLICATE_COLUMN;
import static vn.dxscorecard.feedback.ErrorCode.FILE_EMPTY;
import static vn.dxscorecard.feedback.ErrorCode.FILE_ENCODING;
import static vn.dxscorecard.feedback.ErrorCode.FILE_HEADER_ONLY;
import static vn.dxscorecard.feedback.ErrorCode.FILE_MALFORMED_CSV;
import static vn.dxscorecard.feedback.ErrorCode.FILE_MISSING_COLUMN;
import static vn.dxscorecard.feedback.ErrorCode.FILE_REVISION_CONFLICT;
import static vn.dxscorecard.feedback.ErrorCode.FILE_TOO_LARGE;
import static vn.dxscorecard.feedback.ErrorCode.FILE_TOO_MANY_ROWS;
import static vn.dxscorecard.feedback.ErrorCode.FILE_UNKNOWN_UNIT;
import static vn.dxscorecard.feedback.ErrorCode.FILE_UNIT_NOT_VALID;
import static vn.dxscorecard.feedback.ErrorCode.FILE_UNTERMINATED_QUOTE;
import static vn.dxscorecard.feedback.ErrorCode.INDICATOR_NOT_APPLICABLE;
import static vn.dxscorecard.feedback.ErrorCode.PERIOD_MISMATCH;
import static vn.dxscorecard.feedback.ErrorCode.ROW_FIELD_COUNT;
import static vn.dxscorecard.feedback.ErrorCode.UNIT_MISMATCH;
import static vn.dxscorecard.feedback.ErrorCode.UNKNOWN_INDICATOR;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_AMBIGUOUS;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_DECIMAL_COMMA;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_NOT_BOOLEAN;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_NOT_WHOLE;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_OUT_OF_RANGE;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_THOUSANDS_SEPARATOR;
import static vn.dxscorecard.feedback.ErrorCode.VALUE_UNPARSABLE;

import java.util.List;

/**
 * The bad-input suite of issue 4: one file per case under
 * {@code src/test/resources/bad-input/} (see its README), each with its exact outcome.
 * Runs use {@code dx.intake.max-records=25} and {@code max-bytes=4096} so that the row
 * and size limits are met by small files; every sample file stays under both.
 */
final class BadInputCases {

    static final List<String> LIMITS = List.of("--dx.intake.max-records=25", "--dx.intake.max-bytes=4096");

    private BadInputCases() {
    }

    static List<BadInputCase> all() {
        return List.of(
                // Encodings: the whole file is rejected and the sender told how to save
                // as CSV UTF-8.
                wholeFile("UTF-16 with BOM (Excel Unicode Text)", "utf16-with-bom.csv", "12", FILE_ENCODING, null, null,
                        null)
                    .messages("12_2025-Q4_r2.csv", "UTF-16", "CSV UTF-8 (Comma delimited)"),
                wholeFile("UTF-16 without BOM", "utf16-without-bom.csv", "14", FILE_ENCODING, null, null, null)
                    .messages("14_2025-Q4_r2.csv", "UTF-16"),
                wholeFile("Windows-1258", "windows-1258.csv", "15", FILE_ENCODING, 3L, null, null).messages(
                        "15_2025-Q4_r2.csv", "byte 0xCC ở dòng 3 không hợp lệ trong UTF-8",
                        "Windows-1258, TCVN3 (ABC) hoặc VNI"),
                wholeFile("TCVN3 (ABC)", "tcvn3.csv", "19", FILE_ENCODING, 2L, null, null).messages("19_2025-Q4_r2.csv",
                        "byte 0xB5 ở dòng 2"),
                wholeFile("VNI after a UTF-8 BOM", "vni.csv", "20", FILE_ENCODING, 4L, null, null)
                    .messages("20_2025-Q4_r2.csv", "byte 0xF8 ở dòng 4"),
                wholeFile("NUL byte", "nul-byte.csv", "22", FILE_ENCODING, 3L, null, null).messages("22_2025-Q4_r2.csv",
                        "byte NUL (0x00) ở dòng 3"),
                wholeFile("U+FFFD from an earlier bad conversion", "replacement-character.csv", "24", FILE_ENCODING, 2L,
                        null, null)
                    .messages("24_2025-Q4_r2.csv", "U+FFFD ở dòng 2"),
                // Structure.
                wholeFile("missing value column", "missing-value-column.csv", "25", FILE_MISSING_COLUMN, 1L, 1L,
                        "value")
                    .messages("25_2025-Q4_r2.csv", "thiếu cột bắt buộc: value"),
                wholeFile("duplicate header", "duplicate-header.csv", "31", FILE_DUPLICATE_COLUMN, 1L, 1L, "note")
                    .messages("31_2025-Q4_r2.csv", "Tên cột 'Note' xuất hiện nhiều lần"),
                wholeFile("header only (and Excel's ;;;;)", "header-only.csv", "33", FILE_HEADER_ONLY, null, null,
                        null),
                wholeFile("0 bytes", "zero-bytes.csv", "37", FILE_EMPTY, null, null, null),
                wholeFile("only a BOM and blank lines", "bom-only.csv", "40", FILE_EMPTY, null, null, null),
                wholeFile("unterminated quote after a quoted newline", "unterminated-quote.csv", "42",
                        FILE_UNTERMINATED_QUOTE, 4L, 3L, null)
                    .messages("42_2025-Q4_r2.csv", "mở ở dòng 4 không được đóng"),
                wholeFile("text after a closing quote", "text-after-quote.csv", "44", FILE_MALFORMED_CSV, 3L, 3L, null)
                    .messages("44_2025-Q4_r2.csv", "sai cấu trúc ở dòng 3: có ký tự ngay sau"),
                wholeFile("over the row limit", "over-row-limit.csv", "46", FILE_TOO_MANY_ROWS, 27L, 27L, null)
                    .messages("46_2025-Q4_r2.csv", "nhiều hơn 25 dòng dữ liệu"),
                wholeFile("over the byte limit", "over-byte-limit.csv", "48", FILE_TOO_LARGE, null, null, null)
                    .messages("48_2025-Q4_r2.csv", "giới hạn 4.096 byte", "4,096 bytes"),
                // Names.
                BadInputCase.of("unknown unit in the file name", FILES)
                    .input("unknown-unit.csv", "XY_2025-Q4.csv")
                    .file("XY_2025-Q4.csv", "rejected", "XY", 1, "Mã đơn vị 'XY' trong tên tệp không có")
                    .rejection("XY_2025-Q4.csv", null, null, "file_name", "XY_2025-Q4.csv", FILE_UNKNOWN_UNIT),
                BadInputCase.of("pre-merger province code after the merger", FILES)
                    .input("pre-merger-province.csv", "72_2025-Q4.csv")
                    .file("72_2025-Q4.csv", "rejected", "72", 1, "được thay thế bởi 80 (Tỉnh Tây Ninh)",
                            "file name 80_2025-Q4.csv")
                    .rejection("72_2025-Q4.csv", null, null, "file_name", "72_2025-Q4.csv", FILE_UNIT_NOT_VALID),
                BadInputCase.of("ministry merged on 2025-03-01", FILES)
                    .input("pre-merger-ministry.csv", "BKHDT_2025-Q4.csv")
                    .file("BKHDT_2025-Q4.csv", "rejected", "BKHDT", 1, "hãy nộp báo cáo dưới mã BTC")
                    .rejection("BKHDT_2025-Q4.csv", null, null, "file_name", "BKHDT_2025-Q4.csv", FILE_UNIT_NOT_VALID),
                BadInputCase.of(".part file still being copied", FILES)
                    .input("still-being-copied.csv", "51_2025-Q4_r2.csv.part")
                    .file("51_2025-Q4_r2.csv.part", "ignored", "51", null, 0, 0, 0, "Tệp chưa hoàn tất")
                    .file("51_2025-Q4.csv", "accepted", "51", 1)
                    .ranked("51"),
                BadInputCase.of(".xlsx instead of .csv", FILES)
                    .input("spreadsheet.xlsx", "52_2025-Q4.xlsx")
                    .file("52_2025-Q4.xlsx", "ignored", "52", null, "Không phải tệp .csv"),
                BadInputCase.of("_r1 is not a revision", FILES)
                    .input("revision-one.csv", "52_2025-Q4_r1.csv")
                    .file("52_2025-Q4_r1.csv", "ignored", "52", null, "đánh số từ _r2")
                    .file("52_2025-Q4.csv", "accepted", "52", 1)
                    .ranked("52"),
                BadInputCase.of("file of another period is not listed", FILES)
                    .input("other-period.csv", "52_2024-Q4.csv")
                    .notListed("52_2024-Q4.csv"),
                // Revisions.
                BadInputCase.of("superseded revision", FILES)
                    .input("superseded-r2.csv", "56_2025-Q4_r2.csv")
                    .input("superseded-r3.csv", "56_2025-Q4_r3.csv")
                    .file("56_2025-Q4_r3.csv", "accepted", "56", 3, 2, 2, 0)
                    .file("56_2025-Q4_r2.csv", "superseded", "56", 2, 0, 0, 0,
                            "mới hơn được sử dụng: 56_2025-Q4_r3.csv")
                    .file("56_2025-Q4.csv", "superseded", "56", 1, "56_2025-Q4_r3.csv")
                    .ranked("56")
                    .scored("56", "TC_NHIEM_VU_DUNG_HAN", "60"),
                BadInputCase.of("higher revision rejected whole falls back to the lower", FILES)
                    .input("fallback-r2.csv", "66_2025-Q4_r2.csv")
                    .input("fallback-r3-broken.csv", "66_2025-Q4_r3.csv")
                    .file("66_2025-Q4_r3.csv", "rejected", "66", 3, "Used instead: 66_2025-Q4_r2.csv.")
                    .rejection("66_2025-Q4_r3.csv", 1L, 1L, "value", null, FILE_DUPLICATE_COLUMN)
                    .file("66_2025-Q4_r2.csv", "accepted", "66", 2, 2, 2, 0)
                    .file("66_2025-Q4.csv", "superseded", "66", 1)
                    .ranked("66")
                    .scored("66", "TC_NHIEM_VU_DUNG_HAN", "55"),
                BadInputCase.of("byte-identical duplicate under another name", FILES)
                    .input("identical-copy.csv", "68_2025-Q4_r2.csv")
                    .input("identical-copy.csv", "68_2025-Q4_r3.csv")
                    .file("68_2025-Q4_r2.csv", "accepted", "68", 2, 2, 2, 0)
                    .file("68_2025-Q4_r3.csv", "duplicate", "68", 3, 0, 0, 0,
                            "Trùng từng byte (cùng SHA-256) với tệp 68_2025-Q4_r2.csv, là tệp được sử dụng")
                    .file("68_2025-Q4.csv", "superseded", "68", 1)
                    .ranked("68")
                    .scored("68", "DL_CSDL_KET_NOI", "66"),
                BadInputCase.of("two different files with the same revision", FILES)
                    .input("same-revision-a.csv", "75_2025-Q4_r2.csv")
                    .input("same-revision-b.csv", "75_2025-Q4_r02.csv")
                    .file("75_2025-Q4_r2.csv", "rejected", "75", 2, "Send the right one as 75_2025-Q4_r3.csv")
                    .file("75_2025-Q4_r02.csv", "rejected", "75", 2, "Used instead: 75_2025-Q4.csv.")
                    .rejection("75_2025-Q4_r2.csv", null, null, "file_name", null, FILE_REVISION_CONFLICT)
                    .rejection("75_2025-Q4_r02.csv", null, null, "file_name", null, FILE_REVISION_CONFLICT)
                    .file("75_2025-Q4.csv", "accepted", "75", 1)
                    .ranked("75"),
                BadInputCase.of("the only file rejected: not submitted", FILES)
                    .input("only-revision-rejected.csv", "VPCP_2025-Q4.csv")
                    .file("VPCP_2025-Q4.csv", "rejected", "VPCP", 1, "thiếu cột bắt buộc: value",
                            "đơn vị được coi là chưa nộp báo cáo")
                    .rejection("VPCP_2025-Q4.csv", 1L, 1L, "value", null, FILE_MISSING_COLUMN)
                    .notSubmitted("VPCP"),
                // Delimiters and decimals.
                rows("; file with decimal comma and %", "semicolon-decimal-comma.csv", "79_2025-Q4_r2.csv", "79", 2, 3,
                        3, 0)
                    .scored("79", "TC_NHIEM_VU_DUNG_HAN", "87.5")
                    .scored("79", "DL_CSDL_KET_NOI", "92.25"),
                rows("; file with decimal dot", "semicolon-decimal-dot.csv", "80_2025-Q4_r2.csv", "80", 2, 3, 3, 0)
                    .scored("80", "TC_NHIEM_VU_DUNG_HAN", "87.5")
                    .scored("80", "DL_SO_HOA_HO_SO", "0.75"),
                rows(", file with decimal dot, % and yes", "comma-decimal-dot.csv", "82_2025-Q4_r2.csv", "82", 2, 4, 4,
                        0)
                    .scored("82", "DL_CSDL_KET_NOI", "92.5")
                    .scored("82", "TC_KE_HOACH_CDS", "1"),
                rows(", file with a quoted decimal comma", "comma-file-decimal-comma.csv", "86_2025-Q4_r2.csv", "86", 2,
                        2, 1, 1)
                    .rejection("86_2025-Q4_r2.csv", 2L, 2L, "value", "87,5", VALUE_DECIMAL_COMMA),
                rows("1.234 in a ; file is ambiguous", "ambiguous-thousands.csv", "91_2025-Q4_r2.csv", "91", 2, 2, 1, 1)
                    .rejection("91_2025-Q4_r2.csv", 3L, 3L, "value", "1.234", VALUE_AMBIGUOUS)
                    .scored("91", "TC_NHIEM_VU_DUNG_HAN", "88.5"),
                rows("1.234,5 has a thousands separator", "dot-and-comma.csv", "92_2025-Q4_r2.csv", "92", 2, 2, 1, 1)
                    .rejection("92_2025-Q4_r2.csv", 3L, 3L, "value", "1.234,5", VALUE_THOUSANDS_SEPARATOR),
                rows("thousands separators in a , file", "thousands-separators.csv", "38_2025-Q4_r2.csv", "38", 2, 3, 1,
                        2)
                    .rejection("38_2025-Q4_r2.csv", 3L, 3L, "value", "1,234", VALUE_THOUSANDS_SEPARATOR)
                    .rejection("38_2025-Q4_r2.csv", 4L, 4L, "value", "1\u00A0234", VALUE_THOUSANDS_SEPARATOR),
                // Values.
                rows("abc is not a number", "not-a-number.csv", "96_2025-Q4_r2.csv", "96", 2, 2, 1, 1)
                    .rejection("96_2025-Q4_r2.csv", 3L, 3L, "value", "abc", VALUE_UNPARSABLE),
                rows("130% is above 100", "percent-over-100.csv", "BCA_2025-Q4_r2.csv", "BCA", 2, 2, 1, 1)
                    .rejection("BCA_2025-Q4_r2.csv", 2L, 2L, "value", "130%", VALUE_OUT_OF_RANGE)
                    .scored("BCA", "TC_NHIEM_VU_DUNG_HAN", "95"),
                rows("negative count", "negative-count.csv", "BCT_2025-Q4_r2.csv", "BCT", 2, 2, 1, 1)
                    .rejection("BCT_2025-Q4_r2.csv", 3L, 3L, "value", "-1", VALUE_OUT_OF_RANGE),
                rows("rank 0", "rank-zero.csv", "QG_2025-Q4_r2.csv", "QG", 2, 3, 2, 1)
                    .rejection("QG_2025-Q4_r2.csv", 3L, 3L, "value", "0", VALUE_OUT_OF_RANGE)
                    .scored("QG", "KT_GII_XEP_HANG", "44")
                    .scored("QG", "CP_EGDI_XEP_HANG", ""),
                rows("2.5 for a count", "count-not-whole.csv", "BVHTTDL_2025-Q4_r2.csv", "BVHTTDL", 2, 2, 1, 1)
                    .rejection("BVHTTDL_2025-Q4_r2.csv", 3L, 3L, "value", "2.5", VALUE_NOT_WHOLE),
                rows("upper-case CÓ", "boolean-upper-case.csv", "BYT_2025-Q4_r2.csv", "BYT", 2, 2, 2, 0).scored("BYT",
                        "TC_KE_HOACH_CDS", "1"),
                rows("maybe is not yes or no", "boolean-not-yes-no.csv", "NHNN_2025-Q4_r2.csv", "NHNN", 2, 2, 1, 1)
                    .rejection("NHNN_2025-Q4_r2.csv", 2L, 2L, "value", "maybe", VALUE_NOT_BOOLEAN),
                rows("empty value is not reported, and accepted", "empty-value.csv", "08_2025-Q4_r2.csv", "08", 2, 2, 2,
                        0)
                    .scored("08", "KT_THANH_TOAN_KHONG_TIEN_MAT", ""),
                // Rows.
                rows("duplicate indicator: both rejected", "duplicate-indicator.csv", "BDTTG_2025-Q4_r2.csv", "BDTTG",
                        2, 4, 2, 2)
                    .rejection("BDTTG_2025-Q4_r2.csv", 3L, 3L, "indicator_code", "DL_CSDL_KET_NOI", DUPLICATE_INDICATOR)
                    .rejection("BDTTG_2025-Q4_r2.csv", 5L, 5L, "indicator_code", "dl_csdl_ket_noi",
                            DUPLICATE_INDICATOR),
                rows("unknown indicator", "unknown-indicator.csv", "BGDDT_2025-Q4_r2.csv", "BGDDT", 2, 2, 1, 1)
                    .rejection("BGDDT_2025-Q4_r2.csv", 3L, 3L, "indicator_code", "CP_BENH_AN_DIEN_TU",
                            UNKNOWN_INDICATOR),
                rows("indicator not applicable to a ministry", "not-applicable-to-kind.csv", "BKHCN_2025-Q4_r2.csv",
                        "BKHCN", 2, 2, 1, 1)
                    .rejection("BKHCN_2025-Q4_r2.csv", 3L, 3L, "indicator_code", "HT_THON_CAP_QUANG",
                            INDICATOR_NOT_APPLICABLE)
                    .rejectionMessages("BKHCN_2025-Q4_r2.csv", "không áp dụng cho bộ, cơ quan ngang bộ",
                            "does not apply to ministries"),
                rows("another unit's code inside", "wrong-unit-inside.csv", "BNG_2025-Q4_r2.csv", "BNG", 2, 2, 1, 1)
                    .rejection("BNG_2025-Q4_r2.csv", 3L, 3L, "unit_code", "BCA", UNIT_MISMATCH),
                rows("another period inside", "wrong-period-inside.csv", "BNNMT_2025-Q4_r2.csv", "BNNMT", 2, 2, 1, 1)
                    .rejection("BNNMT_2025-Q4_r2.csv", 3L, 3L, "period", "2025-Q3", PERIOD_MISMATCH),
                rows("quoted newline, ; and \"\" in a note (valid)", "quoted-newline.csv", "BNV_2025-Q4_r2.csv", "BNV",
                        2, 3, 3, 0)
                    .scored("BNV", "CP_DVC_THIET_YEU", "85.5"),
                rows("ragged row after a quoted newline", "ragged-row.csv", "BQP_2025-Q4_r2.csv", "BQP", 2, 3, 2, 1)
                    .rejection("BQP_2025-Q4_r2.csv", 4L, 3L, "", "", ROW_FIELD_COUNT)
                    .scored("BQP", "CP_DVC_THIET_YEU", "90"),
                rows("formulas in note, value and code", "formula-injection.csv", "BTC_2025-Q4_r3.csv", "BTC", 3, 4, 2,
                        2)
                    .rejection("BTC_2025-Q4_r3.csv", 3L, 3L, "value", "'=HYPERLINK(\"http://evil.example\",\"75\")",
                            VALUE_UNPARSABLE)
                    .rejection("BTC_2025-Q4_r3.csv", 4L, 4L, "indicator_code", "'@SUM(A1:A9)", UNKNOWN_INDICATOR)
                    .scored("BTC", "TC_NHIEM_VU_DUNG_HAN", "81")
                    .scored("BTC", "CP_DVC_THIET_YEU", "95"),
                rows("BOM, ; and CRLF (valid)", "bom-semicolon-crlf.csv", "BTP_2025-Q4_r2.csv", "BTP", 2, 4, 4, 0)
                    .scored("BTP", "TC_NHIEM_VU_DUNG_HAN", "86.9")
                    .scored("BTP", "DL_CSDL_KET_NOI", "75.7")
                    .scored("BTP", "TC_KE_HOACH_CDS", "1"),
                rows("lower-case codes in name and rows (valid)", "lower-case-codes.csv", "bxd_2025-q4_r2.csv", "BXD",
                        2, 3, 3, 0)
                    .scored("BXD", "TC_KE_HOACH_CDS", "0")
                    .scored("BXD", "DL_CSDL_KET_NOI", "64"),
                rows("Excel's blank records are skipped, not counted", "blank-records.csv", "TTCP_2025-Q4_r2.csv",
                        "TTCP", 2, 2, 2, 0)
                    .scored("TTCP", "DL_CSDL_KET_NOI", "72.5"),
                rows("unknown column warned and ignored", "unknown-column.csv", "01_2025-Q4_r2.csv", "01", 2, 2, 2, 0)
                    .messages("01_2025-Q4_r2.csv", "Cột không xác định bị bỏ qua: nguoi_lap.",
                            "Unknown columns ignored: nguoi_lap."),
                rows("province code turned into a number by Excel", "unit-code-as-number.csv", "04_2025-Q4_r2.csv",
                        "04", 2, 2, 2, 0)
                    .scored("04", "TC_NHIEM_VU_DUNG_HAN", "95"));
    }

    static List<BadInputCase> of(BadInputCase.Run run) {
        return all().stream().filter(c -> c.run() == run).toList();
    }

}
