package org.tongchou.app.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX workbooks written part by part, so that a test can put exactly the XML a hostile or careless program
 * writes (a formula without its result, an empty {@code <v/>}, a date style, a DOCTYPE, a huge entry) where POI's
 * own writer would not.
 */
final class RawXlsx {
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    RawXlsx() {
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""");
        // style 0: General; style 1: a date (built-in format 14, m/d/yy); style 2: a custom yyyy-mm-dd
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
                <fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>
                <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
                </styleSheet>""");
        strings();
    }

    RawXlsx part(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    RawXlsx part(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    RawXlsx strings(String... s) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + NS + "\" count=\"" + s.length
                + "\" uniqueCount=\"" + s.length + "\">");
        for (String x : s) b.append("<si><t>").append(esc(x)).append("</t></si>");
        return part("xl/sharedStrings.xml", b.append("</sst>").toString());
    }

    /** The sheet from rows of raw cell XML ({@code <c r="A1" t="inlineStr"><is><t>unit</t></is></c>}...). */
    RawXlsx sheet(List<String> rows) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS + "\"><sheetData>");
        for (int i = 0; i < rows.size(); i++) b.append("<row r=\"").append(i + 1).append("\">").append(rows.get(i)).append("</row>");
        return part("xl/worksheets/sheet1.xml", b.append("</sheetData></worksheet>").toString());
    }

    /** A row of inline strings and plain numbers: text that parses as a double becomes a number cell. */
    static String row(int r, String... cells) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) continue;
            String ref = (char) ('A' + c) + Integer.toString(r);
            if (cells[c].matches("-?\\d+(\\.\\d+)?")) {
                b.append("<c r=\"").append(ref).append("\"><v>").append(cells[c]).append("</v></c>");
            } else {
                b.append(inline(ref, cells[c]));
            }
        }
        return b.toString();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + esc(text) + "</t></is></c>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (var e : parts.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
