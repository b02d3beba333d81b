package org.tongchou.app.reports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.RunInfo;

/**
 * Makes the documents of a published run and keeps every one in the archive: the briefing pack or the
 * ranking bulletin, as PDF, DOCX or XLSX, in Chinese or English, all from one {@link ReportModel}.
 */
@Service
class ReportService {
    static final int ARCHIVE_PAGE = 500;
    private final EvaluationResults results;
    private final ReportBuilder builder;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final ReportArchiveRepository archive;
    private final Clock clock;

    ReportService(EvaluationResults results, ReportBuilder builder, PdfWriter pdf, DocxWriter docx, XlsxWriter xlsx,
                  ReportArchiveRepository archive, Clock clock) {
        this.results = results;
        this.builder = builder;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.archive = archive;
        this.clock = clock;
    }

    /** A document made and archived. */
    record Produced(long archiveId, String fileName, ReportFormat format, byte[] content) {
    }

    static Locale locale(String lang) {
        String l = lang == null || lang.isBlank() ? "zh" : lang.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "zh", "zh-cn", "zh_cn" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new ReportRefusedException("lang", lang, "zh or en");
        };
    }

    /**
     * Makes the document of a published run and archives it.
     *
     * @throws ReportRefusedException 404 for an unknown run, 409 for a run not published
     */
    Produced produce(long runId, ReportKind kind, ReportFormat format, Locale locale, String user) {
        RunInfo run = published(runId);
        return archive(run, builder.build(run, locale, user), kind, format, locale, user);
    }

    private RunInfo published(long runId) {
        RunInfo run = results.run(runId).orElseThrow(() -> ReportRefusedException.notFound("run " + runId));
        if (!run.published()) {
            throw new ReportRefusedException(HttpStatus.CONFLICT, "run", Long.toString(runId), "is not published; publish it first");
        }
        return run;
    }

    private Produced archive(RunInfo run, ReportModel m, ReportKind kind, ReportFormat format, Locale locale, String user) {
        byte[] bytes = write(m, kind, format);
        String lang = locale.getLanguage();
        String name = fileName(run, kind, format, lang);
        long id = archive.insert(run.id(), run.planCode(), run.period().code(), kind, format, lang, name, bytes, sha256(bytes), user,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return new Produced(id, name, format, bytes);
    }

    /**
     * The same document of a published run in several formats from one model (the whole pack for a meeting:
     * PDF to print, Word to edit, Excel with the tables), each archived.
     */
    List<Produced> produceAll(long runId, ReportKind kind, List<ReportFormat> formats, Locale locale, String user) {
        RunInfo run = published(runId);
        ReportModel m = builder.build(run, locale, user);
        List<Produced> out = new java.util.ArrayList<>();
        for (ReportFormat f : formats) out.add(archive(run, m, kind, f, locale, user));
        return out;
    }

    /** The document without archiving it (benchmarks). */
    byte[] write(ReportModel m, ReportKind kind, ReportFormat format) {
        return switch (format) {
            case PDF -> kind == ReportKind.PACK ? pdf.pack(m) : pdf.bulletin(m);
            case DOCX -> kind == ReportKind.PACK ? docx.pack(m) : docx.bulletin(m);
            case XLSX -> kind == ReportKind.PACK ? xlsx.pack(m) : xlsx.bulletin(m);
        };
    }

    ReportModel model(long runId, Locale locale, String user) {
        RunInfo run = results.run(runId).orElseThrow(() -> ReportRefusedException.notFound("run " + runId));
        return builder.build(run, locale, user);
    }

    /**
     * The archived bytes of a document as a download (page and API alike): its media type, file name,
     * {@code X-Content-SHA256}; 404 when it does not exist or may not be seen ({@code all}: documents of
     * unpublished runs too).
     */
    ResponseEntity<byte[]> download(long id, boolean all) {
        ArchivedReport a = find(id, all).orElseThrow(() -> ReportRefusedException.notFound("document " + id));
        byte[] body = content(id).orElseThrow(() -> ReportRefusedException.notFound("document " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.format().mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", a.sha256())
                .body(body);
    }

    /** The archive, newest first; {@code all}: documents of unpublished runs too (analysts and administrators). */
    List<ArchivedReport> archive(boolean all) {
        List<ArchivedReport> list = archive.list(!all, ARCHIVE_PAGE);
        java.util.Set<String> whole = results.plansSeenWhole(list.stream().map(ArchivedReport::planCode).toList()); // one set, not per document
        return list.stream().filter(a -> whole.contains(a.planCode())).toList();
    }

    /**
     * A document the reader may see: of a published run (or {@code all}), and of a plan every unit of which the
     * reader sees (a document holds the whole plan: a leader of an area sees the documents of its own area's plans).
     */
    Optional<ArchivedReport> find(long id, boolean all) {
        return archive.find(id).filter(a -> all || a.runPublished()).filter(a -> results.seesEveryUnitOf(a.planCode()));
    }

    Optional<byte[]> content(long id) {
        return archive.content(id);
    }

    /** {@code 2024-briefing-pack-zh-run12.pdf} / {@code 2024-ranking-bulletin-en-run12.docx}. */
    static String fileName(RunInfo run, ReportKind kind, ReportFormat format, String lang) {
        return (run.period().code() + "-" + (kind == ReportKind.PACK ? "briefing-pack" : "ranking-bulletin") + "-" + lang + "-run" + run.id()
                + "." + format.extension()).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
