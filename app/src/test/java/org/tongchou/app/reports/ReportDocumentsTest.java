package org.tongchou.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.RobustnessStatus;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.SignedInPageTest;

/**
 * The three formats of the pack opened as a reader's program opens them (PDFBox, POI): town names, ranks,
 * scores and the summary's sentences equal the run's stored results; the PDF embeds its fonts, has a table
 * of contents and page numbers, and every page renders (PNG artefacts in target/report-pages); Word has real
 * headings and tables; Excel has a 说明 sheet first, frozen headers, numbers as numbers and neutralised text.
 * Relies on Debian's fonts-wqy-microhei (scripts/test.sh installs it).
 */
@WebAppTest
class ReportDocumentsTest extends SignedInPageTest {
    @Autowired
    ReportService reports;
    @Autowired
    EvaluationResults results;
    @Autowired
    ReportFonts fonts;

    @BeforeEach
    void setUp() {
        ReportFixture.load(jdbc, frameworks, indicators, values, port);
    }

    private static Path artefacts() throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "report-pages"));
    }

    private RunResult stored() {
        RunInfo run = results.run(ReportFixture.published2024).orElseThrow();
        return results.result(run);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void thePdfHoldsTheStoredFiguresEmbedsItsFontAndEveryPageRenders() throws Exception {
        assertThat(fonts.available()).as("a Chinese TrueType font (install fonts-wqy-microhei; scripts/test.sh does): looked in %s",
                fonts.searched()).isTrue();
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, "analyst");
        Path dir = artefacts();
        Files.write(dir.resolve("pack-zh.pdf"), p.content());
        try (PDDocument pdf = Loader.loadPDF(p.content())) {
            assertThat(pdf.getNumberOfPages()).as("cover, contents, sections, a page per town, annexes").isGreaterThan(12);
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSortByPosition(true);
            String text = strip.getText(pdf);
            String flat = squeeze(text);
            RunResult r = stored();
            for (RunResult.UnitResult u : r.units()) {
                String row = Math.round(u.rank()) + squeeze(u.name()) + Figures.score(u.score() * 100);
                assertThat(flat).as("ranking row of %s", u.name()).contains(row);
            }
            ReportModel m = reports.model(ReportFixture.published2024, Locale.SIMPLIFIED_CHINESE, "analyst");
            assertThat(m.summary()).hasSizeGreaterThanOrEqualTo(5);
            for (String sentence : m.summary()) assertThat(flat).as("summary sentence").contains(squeeze(sentence));
            assertThat(m.summary().get(0)).contains(r.units().stream().filter(u -> u.rank() == 1).findFirst().orElseThrow().name());
            assertThat(text).contains("目录").contains("三个集中").contains("附件1").contains("名次区间").contains("耦合协调");
            if (!m.robustness().notClear().isEmpty()) assertThat(text).contains("不明显领先");
            assertThat(text).as("page numbers").contains("2 / " + pdf.getNumberOfPages());
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) fontsOf(page.getResources(), fonts, pdf);
            assertThat(fonts).as("fonts used").isNotEmpty().allMatch(f -> f.endsWith("embedded"));
            assertThat(fonts).anyMatch(f -> f.contains("WenQuanYi"));
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, 60, ImageType.RGB);
                assertThat(img.getWidth()).isGreaterThan(100);
                ImageIO.write(img, "png", dir.resolve(String.format("pack-zh-%02d.png", i + 1)).toFile());
            }
        }
    }

    private static void fontsOf(PDResources res, List<String> out, PDDocument pdf) throws Exception {
        if (res == null) return;
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            out.add(f.getName() + (f.isEmbedded() ? " embedded" : " not embedded"));
        }
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) fontsOf(form.getResources(), out, pdf);
        }
    }

    @Autowired
    EvaluationService evaluation;

    @Test
    void aPackOfARunWhoseRobustnessIsNotYetStoredComputesItFirst() {
        // as a server leaves a run right after it is made: its robustness is still to come (RobustnessJobs)
        for (String table : List.of("eval_sensitivity", "eval_rank_interval", "eval_robustness")) {
            jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(ReportFixture.published2024).update();
        }
        RunInfo run = results.run(ReportFixture.published2024).orElseThrow();
        assertThat(evaluation.robustnessStatus(run.id()).state()).as("robustness removed").isEqualTo(RobustnessStatus.State.NONE);
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, "analyst");
        assertThat(p.content()).isNotEmpty();
        assertThat(evaluation.robustnessStatus(run.id()).state()).as("the pack asked for the run's robustness").isEqualTo(RobustnessStatus.State.COMPUTED);
        assertThat(results.robustness(run)).as("and printed it").isPresent()
                .hasValueSatisfying(r -> assertThat(r.replications()).isGreaterThanOrEqualTo(1000));
    }

    @Test
    void theEnglishPackSpeaksEnglish() throws Exception {
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.PDF, Locale.ENGLISH, "analyst");
        try (PDDocument pdf = Loader.loadPDF(p.content())) {
            String flat = squeeze(new PDFTextStripper().getText(pdf));
            assertThat(flat).contains(squeeze("Overall ranking")).contains(squeeze("Annex 1")).contains(squeeze("Contents"));
            for (String s : reports.model(ReportFixture.published2024, Locale.ENGLISH, "x").summary()) assertThat(flat).contains(squeeze(s));
        }
    }

    @Test
    void theBulletinIsOneOrTwoPages() throws Exception {
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.BULLETIN, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, "analyst");
        Files.write(artefacts().resolve("bulletin-zh.pdf"), p.content());
        try (PDDocument pdf = Loader.loadPDF(p.content())) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String flat = squeeze(new PDFTextStripper().getText(pdf));
            assertThat(flat).contains("排名通报");
            for (RunResult.UnitResult u : stored().units()) assertThat(flat).contains(squeeze(u.name()) + Figures.score(u.score() * 100));
        }
    }

    @Autowired
    org.tongchou.app.targets.TargetProgress progress;

    @Test
    void townPagesShowTheirTargetsTimeProgressAsTheTargetsModuleComputesIt() throws Exception {
        ReportModel m = reports.model(ReportFixture.published2024, Locale.SIMPLIFIED_CHINESE, "x");
        var lines = progress.asOf(org.tongchou.app.periods.Period.month(2024, 12), org.tongchou.app.targets.ProgressProfile.LINEAR, null);
        assertThat(lines).as("the fixture's two targets of the monthly revenue").hasSize(2);
        for (var line : lines) {
            ReportModel.TownPage page = m.towns().stream().filter(t -> t.code().equals(line.unitCode())).findFirst().orElseThrow();
            assertThat(page.progress().asOf()).isEqualTo("2024M12");
            ReportModel.ProgressRow row = page.progress().rows().get(0);
            assertThat(row.indicator()).isEqualTo("月度财政收入");
            assertThat(row.target()).isEqualTo(line.target());
            assertThat(row.cumulative()).isEqualTo(line.cumulative());
            assertThat(row.completion()).isEqualTo(line.completion());
            assertThat(row.gap()).isCloseTo(line.gapPoints(), org.assertj.core.data.Offset.offset(1e-9));
        }
        ReportModel.TownPage yushan = m.towns().stream().filter(t -> t.code().equals(ReportFixture.TOWNS[0])).findFirst().orElseThrow();
        ReportModel.TownPage bacheng = m.towns().stream().filter(t -> t.code().equals(ReportFixture.TOWNS[1])).findFirst().orElseThrow();
        // 12 months of 10 against 100: 120 %, a year elapsed (100 %), +20 points; 12 of 7: 84 %, −16 points
        assertThat(yushan.progress().rows().get(0)).extracting(ReportModel.ProgressRow::cumulative, ReportModel.ProgressRow::light)
                .containsExactly(120.0, "达到进度");
        assertThat(yushan.progress().rows().get(0).gap()).isCloseTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bacheng.progress().rows().get(0)).extracting(ReportModel.ProgressRow::cumulative, ReportModel.ProgressRow::light)
                .containsExactly(84.0, "明显滞后");
        assertThat(bacheng.progress().rows().get(0).gap()).isCloseTo(-16.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.towns().stream().filter(t -> t.progress() != null)).as("towns without targets have no progress table").hasSize(2);

        ReportService.Produced pdf = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, "analyst");
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            String flat = squeeze(new PDFTextStripper().getText(doc));
            assertThat(flat).contains("时序进度（截至2024M12").contains("月度财政收入（万元）100.00120.00120.0%100.0%20.00达到进度")
                    .contains("84.00").contains("明显滞后");
        }
        ReportService.Produced docx = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE, "analyst");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(doc.getParagraphs()).anyMatch(x -> x.getText().startsWith("时序进度（截至 2024M12"));
        }
        ReportService.Produced xlsx = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, "analyst");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = wb.getSheet("时序进度");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theSummaryNamesTheDimensionBehindEachTownsGapWithTheTablesNumbers() {
        ReportModel m = reports.model(ReportFixture.published2024, Locale.SIMPLIFIED_CHINESE, "x");
        String sentence = m.summary().stream().filter(x -> x.startsWith("与标杆镇巴城镇相比")).findFirst().orElseThrow();
        int behind = 0;
        for (ReportModel.GapRow g : m.gapsToBenchmark()) {
            if (!(Double.parseDouble(Figures.score(g.total())) > 0)) {
                assertThat(sentence).as("a town at or ahead of the benchmark is not listed").doesNotContain(g.town() + "差");
                continue;
            }
            // the largest positive part of the town's row in the gap table, found here independently
            int worst = 0;
            for (int d = 1; d < g.byDimension().size(); d++) {
                if (g.byDimension().get(d) != null && g.byDimension().get(d) > g.byDimension().get(worst)) worst = d;
            }
            String item = g.town() + "差" + Figures.score(g.total()) + "分（主要在" + m.dimensionNames().get(worst) + "，"
                    + Figures.score(g.byDimension().get(worst)) + "分）";
            assertThat(sentence).as("gap item of %s", g.town()).contains(item);
            behind++;
        }
        assertThat(behind).as("some towns are behind the benchmark").isPositive();
        ReportModel en = reports.model(ReportFixture.published2024, Locale.ENGLISH, "x");
        assertThat(en.summary()).anyMatch(x -> x.startsWith("Against the benchmark town") && x.contains("points behind (mostly"));
    }

    @Test
    void wordsTableOfContentsIsFilledWhenMadeAndWordIsAskedToUpdateIt() throws Exception {
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE, "analyst");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(p.content()))) {
            XWPFParagraph toc = doc.getParagraphs().stream().filter(x -> x.getCTP().sizeOfFldSimpleArray() > 0).findFirst().orElseThrow();
            assertThat(toc.getCTP().getFldSimpleArray(0).getInstr()).startsWith("TOC");
            String entries = toc.getCTP().getFldSimpleArray(0).xmlText();
            assertThat(entries).contains("综合排名").contains("附件1");
            assertThat(doc.isEnforcedUpdateFields()).as("settings ask Word to update the fields (page numbers) on opening").isTrue();
        }
    }

    @Test
    void wordHasRealHeadingsTablesAndTheSameFigures() throws Exception {
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE, "analyst");
        Files.write(artefacts().resolve("pack-zh.docx"), p.content());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(p.content()))) {
            List<String> headings = doc.getParagraphs().stream().filter(x -> "Heading1".equals(x.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(headings).anyMatch(h -> h.contains("综合排名")).anyMatch(h -> h.contains("附件1"));
            assertThat(doc.getStyles().getStyle("Heading1")).isNotNull();
            String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            for (String s : reports.model(ReportFixture.published2024, Locale.SIMPLIFIED_CHINESE, "x").summary()) assertThat(paragraphs).contains(s);
            XWPFTable ranking = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("名次")
                    && t.getRow(0).getTableCells().size() == 8).findFirst().orElseThrow();
            RunResult r = stored();
            for (RunResult.UnitResult u : r.units()) {
                int row = (int) Math.round(u.rank());
                assertThat(ranking.getRow(row).getCell(2).getText()).isEqualTo(u.name());
                assertThat(ranking.getRow(row).getCell(3).getText()).isEqualTo(Figures.score(u.score() * 100));
            }
            assertThat(doc.getAllPictures()).as("charts as PNG").isNotEmpty();
        }
    }

    @Test
    void excelHasAnAboutSheetFrozenHeadersNumbersAsNumbersAndNeutralisedText() throws Exception {
        ReportService.Produced p = reports.produce(ReportFixture.published2024, ReportKind.PACK, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, "analyst");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(p.content()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("说明");
            Sheet ranking = wb.getSheet("综合排名");
            assertThat(ranking).isNotNull();
            assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
            RunResult r = stored();
            for (RunResult.UnitResult u : r.units()) {
                Row row = ranking.getRow((int) Math.round(u.rank()));
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(Math.round(u.rank()));
                String name = u.name().startsWith("=") ? "'" + u.name() : u.name();
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(name);
                Cell score = row.getCell(3);
                assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(score.getNumericCellValue()).isCloseTo(u.score() * 100, org.assertj.core.data.Offset.offset(1e-9));
            }
            for (Sheet s : wb) {
                for (Row row : s) for (Cell c : row) assertThat(c.getCellType()).as("no formulas in %s", s.getSheetName()).isNotEqualTo(CellType.FORMULA);
            }
            assertThat(wb.getNumberOfSheets()).isGreaterThan(10);
        }
    }
}
