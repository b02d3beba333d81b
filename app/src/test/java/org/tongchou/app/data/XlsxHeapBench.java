package org.tongchou.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Heap of reading an XLSX upload (issue 9, item 8), run by {@code scripts/bench-xlsx-heap.sh}, never by the test
 * suite (it lives in the data package because {@link XlsxReader} is package-private). Modes:
 * <ul>
 * <li>{@code make FILE KB}: writes a wide data file of about KB kilobytes (units × 30 indicators, random numbers);</li>
 * <li>{@code stream FILE}: reads it with {@link XlsxReader} (the streaming reader);</li>
 * <li>{@code usermodel FILE}: reads it as the reader before it did (POI's {@link XSSFWorkbook}, every cell an object).</li>
 * </ul>
 * Prints {@code RESULT mode=… rows=… cells=… retainedMB=… allocatedMB=… ms=…}: the heap still in use after a full
 * collection while the workbook is open and read (the live set), the bytes allocated, the time.
 */
public final class XlsxHeapBench {
    private XlsxHeapBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "make" -> make(file, Integer.parseInt(args[2]));
            case "stream", "usermodel" -> read(args[0], file);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void make(Path file, int kb) throws IOException {
        Random r = new Random(42);
        // about 330 bytes of compressed XLSX per row of 30 random numbers (measured); a second pass corrects
        int rows = Math.max(10, kb * 1024 / 330);
        for (int pass = 0; pass < 3; pass++) {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
                Sheet s = wb.createSheet("data");
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("unit");
                h.createCell(1).setCellValue("period");
                for (int k = 0; k < 30; k++) h.createCell(2 + k).setCellValue("ind_" + k);
                for (int i = 1; i <= rows; i++) {
                    Row row = s.createRow(i);
                    row.createCell(0).setCellValue(String.format("320582%06d", i));
                    row.createCell(1).setCellValue("2024");
                    for (int k = 0; k < 30; k++) row.createCell(2 + k).setCellValue(Math.round(r.nextDouble() * 1e6) / 100.0);
                }
                wb.write(out);
                wb.dispose();
            }
            long size = Files.size(file);
            if (Math.abs(size - kb * 1024L) < kb * 1024L / 20) break;
            rows = (int) (rows * (kb * 1024.0 / size));
        }
        System.out.printf("RESULT mode=make file=%s bytes=%d%n", file, Files.size(file));
    }

    static void read(String mode, Path file) throws IOException {
        long base = live();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        long rows = 0;
        long cells = 0;
        long retained;
        if (mode.equals("stream")) {
            try (XlsxReader in = new XlsxReader(file)) {
                String[] r;
                while ((r = in.next()) != null) {
                    rows++;
                    cells += r.length;
                    if (rows == 5000) retainedSample[0] = live();
                }
                retained = Math.max(live(), retainedSample[0]);
            }
        } else {
            DataFormatter f = new DataFormatter();
            try (InputStream is = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(is)) {
                Sheet s = wb.getSheetAt(0);
                for (Row row : s) {
                    rows++;
                    for (Cell c : row) {
                        cells++;
                        f.formatCellValue(c);
                    }
                }
                retained = live();
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - a0;
        System.out.printf("RESULT mode=%s file=%s bytes=%d rows=%d cells=%d retainedMB=%.1f allocatedMB=%.1f ms=%d%n", mode, file.getFileName(),
                Files.size(file), rows, cells, (retained - base) / 1048576.0, allocated / 1048576.0, ms);
    }

    private static final long[] retainedSample = {0};

    /** Heap in use after full collections. */
    private static long live() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
