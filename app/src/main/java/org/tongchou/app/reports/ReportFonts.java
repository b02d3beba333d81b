package org.tongchou.app.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font the documents embed, found at run time (docs/reports.md, "Fonts"): the file named by
 * {@code tongchou.reports.font} (environment {@code TONGCHOU_REPORTS_FONT}) if set, else the first of
 * {@link #CANDIDATES} that exists. A TrueType font (.ttf) or collection (.ttc) whose outlines are
 * TrueType: Debian's fonts-wqy-microhei or fonts-droid-fallback work; Noto CJK's OpenType (CFF) files
 * cannot be embedded by PDFBox. The font is embedded as a subset in every PDF and used for the charts'
 * text. When none is found, {@link #available()} is false: the run page says so, and a Chinese document
 * is refused with that message (an English one is still written, in the PDF standard fonts). The file is
 * read and parsed once per application (the first use), then kept. Public for other features that draw
 * Chinese text on the server (the demo's meeting attachments).
 */
@Component
public class ReportFonts {
    /** Where Linux distributions, macOS and Windows keep TrueType CJK fonts. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc");
    private final String configured;
    private volatile Loaded loaded;

    private record Loaded(Path path, byte[] bytes, int index, Font awt) {
    }

    public ReportFonts(@Value("${tongchou.reports.font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** Whether a usable CJK font was found. */
    public boolean available() {
        return load().isPresent();
    }

    /** The font file in use, or what was looked for when none is found. */
    String describe() {
        return load().map(l -> l.path().toString()).orElseGet(() -> String.join(", ", searched()));
    }

    List<String> searched() {
        List<String> out = new ArrayList<>();
        if (!configured.isEmpty()) out.add(configured);
        out.addAll(CANDIDATES);
        return out;
    }

    /**
     * The font as a PDF font of {@code doc} (subset embedded when the document is saved). The returned
     * handle must stay open until then.
     */
    public Embedded embed(PDDocument doc) throws IOException {
        Loaded l = load().orElseThrow(() -> new NoFontException(searched()));
        TrueTypeFont ttf;
        TrueTypeCollection collection = null;
        if (isCollection(l.bytes())) {
            collection = new TrueTypeCollection(new ByteArrayInputStream(l.bytes()));
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            ttf = fonts.get(l.index());
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(l.bytes()));
        }
        return new Embedded(PDType0Font.load(doc, ttf, true), ttf, collection);
    }

    /** A PDF font and what must be closed after the document is saved. */
    public record Embedded(PDType0Font font, TrueTypeFont ttf, TrueTypeCollection collection) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (collection != null) collection.close();
            else ttf.close();
        }
    }

    /** The font for the charts' text (size 12), or the JVM's logical sans-serif when none is found. */
    public Font awt() {
        return load().map(Loaded::awt).orElseGet(() -> new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    private Optional<Loaded> load() {
        Loaded l = loaded;
        if (l != null) return Optional.of(l);
        for (String p : searched()) {
            Path path = Path.of(p);
            if (!Files.isRegularFile(path)) continue;
            try {
                byte[] bytes = Files.readAllBytes(path);
                int index = cjkIndex(bytes);
                if (index < 0) continue;
                Font[] awt = Font.createFonts(new ByteArrayInputStream(bytes));
                l = new Loaded(path, bytes, index, awt[Math.min(index, awt.length - 1)].deriveFont(Font.PLAIN, 12f));
                loaded = l;
                return Optional.of(l);
            } catch (IOException | FontFormatException | RuntimeException e) {
                // not a usable TrueType font: try the next
            }
        }
        return Optional.empty();
    }

    /** Index of the first font of the file that maps 中 (TrueType outlines), or -1. */
    private static int cjkIndex(byte[] bytes) throws IOException {
        if (isCollection(bytes)) {
            try (TrueTypeCollection c = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
                List<TrueTypeFont> fonts = new ArrayList<>();
                c.processAllFonts(fonts::add);
                for (int i = 0; i < fonts.size(); i++) if (mapsChinese(fonts.get(i))) return i;
                return -1;
            }
        }
        try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            return mapsChinese(f) ? 0 : -1;
        }
    }

    private static boolean mapsChinese(TrueTypeFont f) throws IOException {
        return f.getUnicodeCmapLookup(false) != null && f.getUnicodeCmapLookup(false).getGlyphId('中') > 0
                && f.getGlyph() != null;
    }

    private static boolean isCollection(byte[] b) {
        return b.length > 4 && b[0] == 't' && b[1] == 't' && b[2] == 'c' && b[3] == 'f';
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
