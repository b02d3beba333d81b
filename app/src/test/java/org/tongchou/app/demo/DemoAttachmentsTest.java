package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tongchou.app.meetings.AgendaPart;
import org.tongchou.app.meetings.Meeting;
import org.tongchou.app.meetings.MeetingItem;
import org.tongchou.app.reports.ReportFonts;
import org.tongchou.app.web.FileContent;

/** The demo meeting's generated attachments: a readable agenda PDF from the meeting's record and a PNG, both marked synthetic. */
class DemoAttachmentsTest {
    private final ReportFonts fonts = new ReportFonts("");
    private final DemoAttachments attachments = new DemoAttachments(fonts);

    private static Meeting meeting() {
        List<MeetingItem> items = List.of(new MeetingItem(AgendaPart.SEE, "金港的工业投入", "重点工业项目建设现场"),
                new MeetingItem(AgendaPart.HEAR, "金港党委书记专题发言", null),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步激发率先发展的动力，要争先进位，攀高比强", "讲话原文"));
        return new Meeting(1, "ON_SITE", "全市统筹城乡发展现场会", LocalDate.of(2025, 3, 18), "320582001000", "金港街道", "金港街道（原金港镇）",
                "default", "2024", null, true, items, List.of(), "demo", OffsetDateTime.now(), "demo", OffsetDateTime.now());
    }

    @Test
    void theAgendaIsAPdfOfTheMeetingsRecordMarkedSynthetic() throws IOException {
        byte[] pdf = attachments.agenda(meeting());
        assertThat(FileContent.detect(pdf)).contains(FileContent.PDF);
        assertThat(pdf.length).as("far below the 10 MB upload limit").isLessThan(1_000_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            if (fonts.available()) {
                assertThat(text).contains("全市统筹城乡发展现场会", "演示", "一、看", "金港的工业投入", "攀高比强", "2025-03-18");
                for (var name : doc.getPage(0).getResources().getFontNames()) {
                    PDFont f = doc.getPage(0).getResources().getFont(name);
                    assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
                }
            } else {
                assertThat(text).contains("SYNTHETIC DEMO", "Agenda");
            }
        }
        Path out = Path.of("target", "test-artefacts", "demo-agenda.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void theSitePlanIsAPngDrawingMarkedSynthetic() throws IOException {
        byte[] png = attachments.sitePlan();
        assertThat(FileContent.detect(png)).contains(FileContent.PNG);
        assertThat(png.length).isLessThan(1_000_000);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(960);
        assertThat(img.getHeight()).isEqualTo(640);
        Path out = Path.of("target", "test-artefacts", "demo-site-plan.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }
}
