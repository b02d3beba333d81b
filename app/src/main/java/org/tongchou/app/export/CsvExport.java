package org.tongchou.app.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a CSV download that spreadsheets open safely: RFC 4180 quoting, UTF-8 with a byte-order
 * mark (so that Excel reads Chinese text), and every cell that a spreadsheet would take for a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return; OWASP's CSV
 * injection advice) prefixed with an apostrophe, which shows the text as typed and runs nothing.
 * Numbers are written by the caller as plain text and are left alone when they are numbers.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** The rows (the first is the header) as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) b.append(',');
                b.append(quote(neutralise(row.get(i))));
            }
            b.append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cell as a spreadsheet will show it, never as a formula ({@link SpreadsheetText#csvCell}); null is empty. */
    public static String neutralise(String cell) {
        String s = SpreadsheetText.csvCell(cell);
        return s == null ? "" : s;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
