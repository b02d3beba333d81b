package org.tongchou.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.meetings.AgendaPart;
import org.tongchou.app.meetings.Commitment;
import org.tongchou.app.meetings.CommitmentChecks;
import org.tongchou.app.meetings.CommitmentKind;
import org.tongchou.app.meetings.CommitmentService.PastEvent;
import org.tongchou.app.meetings.CommitmentService;
import org.tongchou.app.meetings.Comparison;
import org.tongchou.app.meetings.Meeting;
import org.tongchou.app.meetings.MeetingItem;
import org.tongchou.app.meetings.MeetingService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.targets.ApprovedFigures;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;

/**
 * The meeting of the seed speech in the demo city, clearly marked synthetic (docs/demo.md, "The
 * meeting"): the city-wide on-site meeting on coordinated urban–rural development (全市统筹城乡发展现场会)
 * held at 金港 on {@link #HELD_ON}, presenting the default plan's {@value #PRESENTED} ranking. 金港镇 was split
 * in 2021, so the host is its successor 金港街道 (venue "原金港镇"). Its agenda is the speech's 看/听/议;
 * its five requirements start with the speech's 争先进位、攀高比强 (the cleaned seed keeps only the first:
 * the other four are synthetic and say so). Every town (镇 and 街道) commits to three things due in
 * {@link DemoService#TARGET_YEAR} (居住向社区集中率 +3 points, a standard factory building by 30 June,
 * community services by 31 October) and to 居住向社区集中率 ≥ 80 % by the end of the next year where it
 * is below; their history through the year follows each town's (synthetic) performance: on time, late
 * or sent back once, or overdue. Then the daily check decides what is due by today.
 */
@Component
class DemoMeeting {
    static final LocalDate HELD_ON = LocalDate.of(DemoService.TARGET_YEAR, 3, 18);
    static final String PRESENTED = "2024";
    static final String HOST = "320582001000";
    private static final String USER = "demo";
    private static final Set<String> TOWN_KINDS = Set.of("镇", "街道");
    private static final Logger LOG = LoggerFactory.getLogger(DemoMeeting.class);

    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final CommitmentChecks checks;
    private final UnitService units;
    private final ApprovedFigures figures;
    private final DemoAttachments attachments;

    DemoMeeting(MeetingService meetings, CommitmentService commitments, CommitmentChecks checks, UnitService units, ApprovedFigures figures,
                DemoAttachments attachments) {
        this.attachments = attachments;
        this.meetings = meetings;
        this.commitments = commitments;
        this.checks = checks;
        this.units = units;
        this.figures = figures;
    }

    /** After the evaluation (the meeting presents its 2024 run), the map and the accounts (their reporters are told). */
    @EventListener
    @Order(4)
    void onDemoLoaded(DemoCityLoaded event) {
        if (!meetings.list().isEmpty()) return;
        // the demo's own meeting: a refusal here is a bug of the demo, which fails its loading
        Meeting m = meetings.create(form(), USER);
        m = meetings.attachFiles(m.id(), attachments.of(m), USER);
        int n = 0;
        for (AdminUnit town : towns()) n += commit(m, town);
        commitments.publishAll(m.id(), USER);
        for (Commitment c : commitments.ofMeeting(m.id())) history(c);
        CommitmentChecks.Result r = checks.run();
        LOG.info("demo meeting recorded with {} commitments; check of {}: {} done, {} overdue", n, r.day(), r.done(), r.overdue());
    }

    private static MeetingService.MeetingForm form() {
        List<MeetingItem> items = List.of(
                new MeetingItem(AgendaPart.SEE, "金港的工业投入", "重点工业项目建设现场"),
                new MeetingItem(AgendaPart.SEE, "服务业项目", null),
                new MeetingItem(AgendaPart.SEE, "标准型厂房", null),
                new MeetingItem(AgendaPart.SEE, "社区建设", "农民集中居住社区"),
                new MeetingItem(AgendaPart.HEAR, "金港党委书记专题发言", "城乡统筹发展的做法与体会"),
                new MeetingItem(AgendaPart.HEAR, "各镇（区）党委书记表态发言", "下一步的思路打算，形成表态承诺"),
                new MeetingItem(AgendaPart.DISCUSS, "对照六个方面找差距", "综合实力、发展后劲、城镇建设、资源整合、生活质量、镇村干部队伍"),
                new MeetingItem(AgendaPart.DISCUSS, "推进“三个集中”的难点与对策", "企业向园区集中、人口向城镇集中、居住向社区集中"),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步激发率先发展的动力，要争先进位，攀高比强", "讲话原文"),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步突出统筹重点，扎实推进“三个集中”", "演示内容（讲话原文此处缺失）"),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步增强发展后劲，抓项目、抓投入", "演示内容（讲话原文此处缺失）"),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步提高资源整合水平，集约节约利用土地", "演示内容（讲话原文此处缺失）"),
                new MeetingItem(AgendaPart.REQUIREMENT, "进一步加强镇村干部队伍建设，说到做到、按期兑现", "演示内容（讲话原文此处缺失）"));
        return new MeetingService.MeetingForm("ON_SITE", "全市统筹城乡发展现场会", HELD_ON, HOST, "金港街道（原金港镇）", EvaluationPlan.DEFAULT_CODE,
                PRESENTED, "【演示用合成纪要】市委、市政府在金港召开全市统筹城乡发展现场会。与会人员实地察看了金港的工业投入、服务业项目、标准型厂房和社区建设，"
                        + "听取了专题发言，并对照六个方面查找差距。会议要求各镇（区）突出“一个统筹”，推进“三个集中”，争先进位、攀高比强。"
                        + "各镇（区）党委书记作了表态发言，形成表态承诺事项，由市督查办跟踪督办。", items, true);
    }

    /** The towns valid on the meeting day (镇 and 街道, not the zones), by code. */
    private List<AdminUnit> towns() {
        List<AdminUnit> out = new ArrayList<>();
        for (AdminUnit u : units.withinCode(DemoUnits.CITY, HELD_ON)) {
            if (u.level() == UnitLevel.TOWNSHIP && TOWN_KINDS.contains(u.kind())) out.add(u);
        }
        return out;
    }

    private int commit(Meeting m, AdminUnit town) {
        int y = DemoService.TARGET_YEAR;
        String office = town.name() + "党委办公室";
        double last = figures.figure("community_residence_rate", town.id(), Period.year(y - 1));
        int n = 0;
        if (!Double.isNaN(last)) {
            double goal = Math.round(last + Math.min(3, (100 - last) / 2)); // three points more, half the way to 100 near the top
            commitments.create(m.id(), new CommitmentService.CommitmentForm(town.code(), String.format(Locale.ROOT,
                    "%d 年居住向社区集中率达到 %.0f%% 以上", y, goal), null, town.name() + "建设局", CommitmentKind.INDICATOR,
                    "community_residence_rate", Comparison.GE, goal, LocalDate.of(y, 12, 31)), USER, true);
            n++;
            if (goal < 80) {
                commitments.create(m.id(), new CommitmentService.CommitmentForm(town.code(), (y + 1) + " 年底居住向社区集中率达到 80% 以上", null,
                        town.name() + "建设局", CommitmentKind.INDICATOR, "community_residence_rate", Comparison.GE, 80.0,
                        LocalDate.of(y + 1, 12, 31)), USER, true);
                n++;
            }
        }
        commitments.create(m.id(), new CommitmentService.CommitmentForm(town.code(), "建成并交付一幢标准型厂房（约 2 万平方米）", null, office,
                CommitmentKind.MILESTONE, null, null, null, LocalDate.of(y, 6, 30)), USER, true);
        commitments.create(m.id(), new CommitmentService.CommitmentForm(town.code(), "完成集中居住社区的幼儿园、卫生服务站配套", null, town.name() + "社会事业局",
                CommitmentKind.MILESTONE, null, null, null, LocalDate.of(y, 10, 31)), USER, true);
        return n + 2;
    }

    /** The year of a milestone, by the town's synthetic performance: kept on time, kept late (or sent back once), or not kept. */
    private void history(Commitment c) {
        if (c.kind() != CommitmentKind.MILESTONE) return;
        double perf = performance(c.townCode());
        LocalDate due = c.deadline();
        String reporter = "reporter-" + c.townCode().substring(0, 9);
        long id = c.id();
        commitments.backfill(id, PastEvent.PROGRESS, due.minusDays(75), "已开工，主体工程按计划推进（演示）", reporter, USER);
        if (perf >= 0.75) {
            commitments.backfill(id, PastEvent.DECLARED, due.minusDays(10), "已完工并通过验收（演示）", reporter, USER);
            commitments.backfill(id, PastEvent.VERIFIED, due.minusDays(2), "现场核验通过（演示）", "analyst", USER);
        } else if (perf >= 0.66) {
            commitments.backfill(id, PastEvent.DECLARED, due.minusDays(5), "已完工（演示）", reporter, USER);
            commitments.backfill(id, PastEvent.SENT_BACK, due.plusDays(2), "佐证材料不全：缺少竣工验收备案（演示）", "analyst", USER);
            commitments.backfill(id, PastEvent.DECLARED, due.plusDays(20), "补充竣工验收备案（演示）", reporter, USER);
            commitments.backfill(id, PastEvent.VERIFIED, due.plusDays(28), "核验通过，超期完成（演示）", "analyst", USER);
        } else {
            commitments.backfill(id, PastEvent.PROGRESS, due.minusDays(20), "受拆迁进度影响，存在延期风险（演示）", reporter, USER);
        }
    }

    /** The town's synthetic performance ({@link TownProfiles}); a unit without a profile counts as average. */
    private static double performance(String townCode) {
        String code = townCode.substring(0, 9);
        return TownProfiles.forCode(code).map(TownProfile::performance)
                .orElseGet(() -> TownProfiles.jingangParts(DemoSplit.STREETS_ONLY).stream().filter(p -> p.code().equals(code)).findFirst()
                        .map(TownProfile::performance).orElse(0.65));
    }
}
