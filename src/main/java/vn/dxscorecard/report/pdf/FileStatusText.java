package vn.dxscorecard.report.pdf;

import vn.dxscorecard.intake.FileStatus;

/** What became of a submitted file, in the words the reports use. */
final class FileStatusText {

    private FileStatusText() {
    }

    static String of(FileStatus status) {
        return switch (status) {
            case ACCEPTED -> "Được sử dụng";
            case REJECTED -> "Bị loại toàn bộ";
            case SUPERSEDED -> "Có bản sửa đổi mới hơn";
            case DUPLICATE -> "Trùng lặp, bỏ qua";
            case IGNORED -> "Không đọc (sai tên tệp)";
        };
    }
}
