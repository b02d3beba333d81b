package org.tongchou.app.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The first sheet of an XLSX workbook, row by row, read as a stream: the sheet's XML is pulled (StAX) cell by
 * cell and never held whole, so memory stays about the size of the shared strings, whatever the number of rows
 * (POI's user model, used before, held every cell as objects: ~250 times the file's size; docs/benchmarks.md).
 *
 * <p>Numeric cells give the exact double (not the displayed, rounded text); other cells their text. Cells
 * that would silently become a wrong number carry a problem instead ({@link #problem(int)}): a formula without a
 * stored result (a file written by a program that does not compute), a number cell with an empty value
 * ({@code <v/>}), a date (Excel stores 2024-01-01 as 45292), an error cell ({@code #DIV/0!}), a shared string
 * that does not exist.
 *
 * <p>Limits (a malformed or hostile file is refused with {@link UnreadableFileException}, never an error of the
 * server): the file's size, the number of zip entries, the uncompressed size of the sheet, the shared strings and
 * the styles, the expansion ratio of every entry (POI's zip-bomb check), rows, columns and cells.
 */
final class XlsxReader implements TableReader {
    /** Largest XLSX file read. */
    static final long MAX_FILE_BYTES = 50L << 20;
    /** Most entries in the zip archive (a workbook has a dozen or two). */
    static final int MAX_ENTRIES = 1000;
    /** Largest uncompressed sheet XML. */
    static final long MAX_SHEET_BYTES = 1L << 30;
    /** Largest uncompressed shared-strings XML (held in memory). */
    static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;
    /** Largest uncompressed styles XML. */
    static final long MAX_STYLES_BYTES = 16L << 20;
    /** Entries may not expand to more than this many times their compressed size. */
    static final double MAX_EXPANSION = 100;
    /** Most rows (Excel's own limit). */
    static final int MAX_ROWS = 1_048_576;
    /** Most columns (Excel's own limit, XFD). */
    static final int MAX_COLUMNS = 16_384;
    /** Most cells with content. */
    static final long MAX_CELLS = 20_000_000;

    static {
        // POI's zip-bomb check on every entry it inflates: a ratio below 1/MAX_EXPANSION is refused
        ZipSecureFile.setMinInflateRatio(Math.min(ZipSecureFile.getMinInflateRatio(), 1 / MAX_EXPANSION));
        ZipSecureFile.setMaxFileCount(Math.max(ZipSecureFile.getMaxFileCount(), MAX_ENTRIES));
    }

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final String name;
    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final boolean[] dateStyles;
    private final CountingStream sheetBytes;
    private final XMLStreamReader xml;
    private final long sheetSize;
    private long rows;
    private long cells;
    /** File row number (1-based) of the next row element, when the rows leave gaps. */
    private long pendingRow = -1;
    private String[] pendingCells;
    private long nextRow = 1;
    private long row;
    private boolean ended;
    private final Map<Integer, String> problems = new HashMap<>();
    private Map<Integer, String> pendingProblems = new HashMap<>();

    XlsxReader(Path file) throws IOException {
        this.name = file.getFileName().toString();
        long size = Files.size(file);
        if (size == 0) throw new UnreadableFileException(name + " is empty (0 bytes): not an XLSX workbook");
        if (size > MAX_FILE_BYTES) {
            throw new UnreadableFileException(name + " is larger than " + (MAX_FILE_BYTES >> 20) + " MB: split it or import it as CSV");
        }
        Map<String, ZipEntry> entries = entries(file);
        OPCPackage p = null;
        boolean ok = false;
        try {
            p = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(p);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) throw new UnreadableFileException(name + " has no worksheet");
            InputStream sheet = sheets.next();
            PackagePart part = sheets.getSheetPart();
            ZipEntry entry = entries.get(part.getPartName().getName().substring(1));
            this.sheetSize = entry == null || entry.getSize() < 0 ? 1 : entry.getSize();
            this.strings = sharedStrings(reader, entries);
            this.dateStyles = dateStyles(reader, entries);
            this.sheetBytes = new CountingStream(sheet, MAX_SHEET_BYTES, "the sheet");
            this.xml = XML.createXMLStreamReader(sheetBytes);
            this.pkg = p;
            ok = true;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | org.xml.sax.SAXException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (!ok && p != null) p.revert();
        }
    }

    /** The zip's entries by name, after checking it is a complete zip archive with few, not too expanding entries. */
    private Map<String, ZipEntry> entries(Path file) {
        Map<String, ZipEntry> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (out.size() >= MAX_ENTRIES) {
                    throw new UnreadableFileException(name + " has more than " + MAX_ENTRIES + " entries in its zip archive: not a workbook Tongchou reads");
                }
                if (e.getSize() > 0 && e.getCompressedSize() > 0 && e.getSize() > (1 << 20) && e.getSize() > MAX_EXPANSION * e.getCompressedSize()) {
                    throw new UnreadableFileException(name + ": the entry " + e.getName() + " expands " + (e.getSize() / e.getCompressedSize())
                            + " times its compressed size (more than " + (int) MAX_EXPANSION + "): refused as a possible zip bomb");
                }
                out.put(e.getName(), e);
            }
        } catch (ZipException e) {
            throw new UnreadableFileException(name + " is not an XLSX workbook: not a complete zip archive (cut off during upload or copy?)");
        } catch (IOException e) {
            throw new UnreadableFileException(name + " is not a readable XLSX workbook: " + e.getMessage());
        }
        if (!out.containsKey("[Content_Types].xml")) {
            throw new UnreadableFileException(name + " is a zip archive but not an XLSX workbook (no [Content_Types].xml)");
        }
        return out;
    }

    private ReadOnlySharedStringsTable sharedStrings(XSSFReader reader, Map<String, ZipEntry> entries) throws IOException, org.xml.sax.SAXException {
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            in = null;
        }
        if (in == null) return null;
        try (InputStream limited = new CountingStream(in, MAX_SHARED_STRINGS_BYTES, "the shared strings")) {
            return new ReadOnlySharedStringsTable(limited, false);
        }
    }

    /** Which cell styles (index into cellXfs) are date or time formats. */
    private boolean[] dateStyles(XSSFReader reader, Map<String, ZipEntry> entries) throws IOException, XMLStreamException {
        InputStream in;
        try {
            in = reader.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            in = null;
        }
        if (in == null) return new boolean[0];
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        try (InputStream limited = new CountingStream(in, MAX_STYLES_BYTES, "the styles")) {
            XMLStreamReader x = XML.createXMLStreamReader(limited);
            boolean inCellXfs = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("numFmt")) {
                        String id = x.getAttributeValue(null, "numFmtId");
                        String code = x.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) formats.put(parseInt(id, -1), code);
                    } else if (n.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (n.equals("xf") && inCellXfs) {
                        xfFormats.add(parseInt(x.getAttributeValue(null, "numFmtId"), 0));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            x.close();
        }
        boolean[] out = new boolean[xfFormats.size()];
        for (int i = 0; i < out.length; i++) {
            int id = xfFormats.get(i);
            String f = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            out[i] = f != null && DateUtil.isADateFormat(id, f);
        }
        return out;
    }

    @Override
    public String[] next() throws IOException {
        problems.clear();
        if (pendingCells != null && pendingRow > nextRow) {
            // a gap in the sheet: rows without a row element are blank
            row = nextRow++;
            return new String[] {""};
        }
        if (pendingCells != null) {
            String[] r = pendingCells;
            row = pendingRow;
            nextRow = pendingRow + 1;
            problems.putAll(pendingProblems);
            pendingCells = null;
            return r;
        }
        if (ended) return null;
        try {
            if (!readRow()) {
                ended = true;
                return null;
            }
        } catch (XMLStreamException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof UnreadableFileException u) throw u;
                if (c instanceof IOException) throw unreadable((IOException) c);
            }
            throw new UnreadableFileException(name + ": the sheet is not well-formed XML near row " + nextRow + " (" + firstLine(String.valueOf(e.getMessage())) + ")");
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
        return next();
    }

    /** Reads the next row element into {@link #pendingCells}; false at the end of the sheet data. */
    private boolean readRow() throws XMLStreamException, IOException {
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                long r = parseLong(xml.getAttributeValue(null, "r"), nextRow);
                if (r < nextRow || r > MAX_ROWS) {
                    throw new UnreadableFileException(name + ": row number " + r + " is out of order or beyond " + MAX_ROWS);
                }
                if (++rows > MAX_ROWS) throw new UnreadableFileException(name + " has more than " + MAX_ROWS + " rows");
                pendingProblems = new HashMap<>();
                pendingCells = rowCells(r);
                pendingRow = r;
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) return false;
        }
        return false;
    }

    private String[] rowCells(long row) throws XMLStreamException {
        String[] out = new String[8];
        int width = 0;
        int nextCol = 0;
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) break;
            if (ev != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) continue;
            String ref = xml.getAttributeValue(null, "r");
            int col = ref == null ? nextCol : column(ref);
            if (col < 0 || col >= MAX_COLUMNS) throw new UnreadableFileException(name + ": cell reference '" + ref + "' is not a column of a sheet");
            if (col < nextCol) {
                // a cell given twice (or out of order) would silently replace the one before it
                throw new UnreadableFileException(row, col + 1, ref, name + ": cell " + ref + " comes after a cell at or beyond its column in row " + row
                        + " (each cell once, in order): the workbook was not written by a spreadsheet program; save it again in Excel or WPS");
            }
            nextCol = col + 1;
            String type = xml.getAttributeValue(null, "t");
            int style = parseInt(xml.getAttributeValue(null, "s"), 0);
            String value = null;
            boolean formula = false;
            StringBuilder inline = null;
            boolean phonetic = false;
            while (xml.hasNext()) {
                ev = xml.next();
                if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) break;
                if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("rPh")) phonetic = false;
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                switch (xml.getLocalName()) {
                    case "f" -> {
                        formula = true;
                        xml.getElementText();
                    }
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic = true; // a phonetic guide (pinyin, furigana): not the cell's text
                    case "t" -> {
                        String t = xml.getElementText();
                        if (inline != null && !phonetic) inline.append(t);
                    }
                    default -> { }
                }
            }
            String text = cell(col, type, style, value, formula, inline);
            if (text.isEmpty() && !pendingProblems.containsKey(col)) continue;
            if (++cells > MAX_CELLS) throw new UnreadableFileException(name + " has more than " + MAX_CELLS + " cells: split it or import it as CSV");
            if (col >= out.length) out = Arrays.copyOf(out, Math.max(col + 1, out.length * 2));
            out[col] = text;
            width = Math.max(width, col + 1);
        }
        if (width == 0) return new String[] {""};
        String[] r = Arrays.copyOf(out, width);
        for (int i = 0; i < width; i++) if (r[i] == null) r[i] = "";
        return r;
    }

    /** The cell's text, recording a problem for cells whose text would be a wrong value. */
    private String cell(int col, String type, int style, String value, boolean formula, StringBuilder inline) {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int i = parseInt(value == null ? null : value.strip(), -1);
                if (strings == null || i < 0 || i >= strings.getCount()) {
                    pendingProblems.put(col, "refers to shared string " + value + ", which the workbook does not have");
                    return "";
                }
                return strings.getItemAt(i).getString().strip();
            }
            case "inlineStr" -> {
                return inline == null ? (value == null ? "" : value.strip()) : inline.toString().strip();
            }
            case "str" -> {
                if (formula && (value == null || value.isEmpty())) {
                    pendingProblems.put(col, "is a formula without a stored result: open and save the file in Excel or WPS, or type the value");
                    return "";
                }
                return value == null ? "" : value.strip();
            }
            case "b" -> {
                return "1".equals(value) ? "TRUE" : "0".equals(value) ? "FALSE" : value == null ? "" : value;
            }
            case "e" -> {
                pendingProblems.put(col, "is an error cell (" + (value == null ? "no value" : value) + "), not a value");
                return value == null ? "#ERROR" : value;
            }
            case "d" -> {
                pendingProblems.put(col, "is a date (" + value + "), not a number");
                return value == null ? "" : value;
            }
            default -> {
                if (value == null || value.isBlank()) {
                    if (formula) {
                        pendingProblems.put(col, "is a formula without a stored result: open and save the file in Excel or WPS, or type the value");
                        return "";
                    }
                    if (value != null) pendingProblems.put(col, "is a number cell with an empty value (<v/>)");
                    return "";
                }
                String v = value.strip();
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    pendingProblems.put(col, "is a number cell whose value '" + v + "' is not a number");
                    return v;
                }
                if (style >= 0 && style < dateStyles.length && dateStyles[style]) {
                    String shown = Double.isFinite(d) && d >= 0 && d < 2_958_466
                            ? DateUtil.getLocalDateTime(d).toLocalDate().toString() : v;
                    pendingProblems.put(col, "is a date (" + shown + "), not a number: Excel stores it as " + v);
                    return shown;
                }
                if (org.tongchou.app.web.TextDocument.underflows(v, d)) return v; // an underflow: the parser names it
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
        }
    }

    @Override
    public String problem(int col) {
        return problems.isEmpty() ? null : problems.get(col);
    }

    /** 0-based column of a cell reference such as "AB12", or -1. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
            if (c > MAX_COLUMNS) return -1;
            i++;
        }
        return i == 0 ? -1 : c - 1;
    }

    private static int parseInt(String s, int dflt) {
        if (s == null) return dflt;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static long parseLong(String s, long dflt) {
        if (s == null) return dflt;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private UnreadableFileException unreadable(Exception e) {
        String m = "";
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnreadableFileException u) return u;
            if (c.getMessage() != null && (c.getMessage().contains("Zip bomb") || m.isEmpty())) m = c.getMessage();
        }
        if (m.contains("Zip bomb") || m.contains("inflate ratio") || m.contains("zip bomb")) {
            return new UnreadableFileException(name + ": an entry of the workbook expands more than " + (int) MAX_EXPANSION
                    + " times its compressed size: refused as a possible zip bomb");
        }
        if (m.contains("entry size") || m.contains("MAX_ENTRY_SIZE")) {
            return new UnreadableFileException(name + ": an entry of the workbook is too large once uncompressed");
        }
        String kind = e instanceof ZipException || m.contains("zip") || m.contains("Zip") ? "not a complete XLSX (zip) archive"
                : "not a readable XLSX workbook";
        return new UnreadableFileException(name + " is " + kind + ": " + firstLine(m));
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public long position() {
        return sheetBytes.count;
    }

    @Override
    public long size() {
        return sheetSize;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader of a file we only read
        }
        pkg.revert();
    }

    /** Counts the bytes read and refuses more than a limit. */
    private final class CountingStream extends FilterInputStream {
        private final long limit;
        private final String what;
        long count;

        CountingStream(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new UnreadableFileException(name + ": " + what + " of the workbook take more than " + (limit >> 20)
                        + " MB uncompressed: split the file or import it as CSV");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) add(n);
            return n;
        }
    }
}
