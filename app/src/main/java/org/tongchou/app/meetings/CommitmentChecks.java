package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.notifications.Notice;
import org.tongchou.app.notifications.NotificationService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.targets.ApprovedFigures;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;

/**
 * The daily check of published, open commitments, as of the injected clock's day (docs/meetings.md,
 * "The daily check"), run at 01:30 Beijing time ({@code tongchou.meetings.check-cron}), once at start-up,
 * before every evaluation run's cadre indicators, and on an analyst's request:
 * <ul>
 * <li>an indicator commitment is decided by approved figures of the years from its meeting's year to
 * its deadline's year: the first year whose figure meets the target makes it done (on the end of that
 * year, or the deadline if earlier); an approved figure of the deadline's year that misses makes it
 * overdue (逾期) once the deadline has passed, at risk (有风险) before. Before that figure is approved
 * nothing changes;</li>
 * <li>a milestone whose deadline has passed without a declaration waiting for verification becomes
 * overdue;</li>
 * <li>reminders: {@code tongchou.meetings.remind-days} (default 14) days before the deadline the town
 * is told the deadline approaches; when overdue, the town and the analysts are told. Each once.</li>
 * </ul>
 */
@Component
public class CommitmentChecks {
    private static final Logger LOG = LoggerFactory.getLogger(CommitmentChecks.class);
    static final String SYSTEM = "system";
    private final CommitmentRepository commitments;
    private final CommitmentService service;
    private final ApprovedFigures figures;
    private final UnitService units;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Clock clock;
    private final int remindDays;

    CommitmentChecks(CommitmentRepository commitments, CommitmentService service, ApprovedFigures figures, UnitService units,
                     NotificationService notifications, Recipients recipients, Clock clock,
                     @Value("${tongchou.meetings.remind-days:14}") int remindDays) {
        this.commitments = commitments;
        this.service = service;
        this.figures = figures;
        this.units = units;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
        this.remindDays = remindDays;
    }

    /** What one check did. */
    public record Result(LocalDate day, int checked, int done, int overdue, int reminders) {
    }

    @Scheduled(cron = "${tongchou.meetings.check-cron:0 30 1 * * *}", zone = "${tongchou.zone:Asia/Shanghai}")
    void daily() {
        Result r = run();
        LOG.info("commitment check of {}: {} checked, {} done, {} overdue, {} reminders", r.day(), r.checked(), r.done(), r.overdue(), r.reminders());
    }

    /** Once at start, so that a server that was down over a deadline marks it; a failure is a bug and stops the start. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        run();
    }

    /** Checks every published, open commitment as of today (the injected clock). */
    @Transactional
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        List<Commitment> open = commitments.find(CommitmentFilter.all()).stream().filter(c -> c.published() && !c.status().closed()).toList();
        int done = 0;
        int overdue = 0;
        int reminders = 0;
        for (Commitment c : open) {
            Commitment now = c.kind() == CommitmentKind.INDICATOR ? checkIndicator(c, today) : checkMilestone(c, today);
            if (now.status() == CommitmentStatus.DONE && c.status() != CommitmentStatus.DONE) done++;
            if (now.status() == CommitmentStatus.OVERDUE) {
                if (c.status() != CommitmentStatus.OVERDUE) overdue++;
                reminders += notifications.notify(recipients.townAndAnalysts(now), new Notice("OVERDUE", "commitment:" + c.id() + ":overdue",
                        now.townName() + " 的承诺事项已逾期（截止 " + now.deadline() + "）：" + now.text(),
                        now.townName() + "'s commitment is overdue (due " + now.deadline() + "): " + now.text(), CommitmentService.link(now))).size();
            } else if (!now.status().closed() && now.review() != Review.PENDING) {
                long left = ChronoUnit.DAYS.between(today, now.deadline());
                if (left >= 0 && left <= remindDays) {
                    reminders += notifications.notify(recipients.town(now), new Notice("DEADLINE_APPROACHING",
                            "commitment:" + c.id() + ":approaching:" + now.deadline(),
                            "承诺事项将于 " + now.deadline() + " 到期（还有 " + left + " 天）：" + now.text(),
                            "Commitment due on " + now.deadline() + " (" + left + " days left): " + now.text(), CommitmentService.link(now))).size();
                }
            }
        }
        return new Result(today, open.size(), done, overdue, reminders);
    }

    private Commitment checkMilestone(Commitment c, LocalDate today) {
        if (c.status() == CommitmentStatus.OVERDUE || c.review() == Review.PENDING || !c.deadline().isBefore(today)) return c;
        return service.transition(c, CommitmentStatus.OVERDUE, c.review(), c.declaredOn(), null, UpdateKind.AUTO,
                "截止日期 " + c.deadline() + " 已过，未申报完成 / deadline " + c.deadline() + " passed without the milestone declared done", SYSTEM, today);
    }

    private Commitment checkIndicator(Commitment c, LocalDate today) {
        int first = c.meetingHeldOn().getYear();
        int last = c.deadline().getYear();
        for (int y = first; y <= last; y++) {
            Optional<AdminUnit> unit = units.findByCode(c.townCode(), LocalDate.of(y, 12, 31));
            if (unit.isEmpty()) continue;
            double v = figures.figure(c.indicator(), unit.get().id(), Period.year(y));
            if (Double.isNaN(v)) continue;
            if (c.comparison().met(v, c.targetValue())) {
                LocalDate end = LocalDate.of(y, 12, 31);
                LocalDate doneOn = end.isAfter(c.deadline()) ? c.deadline() : end;
                return service.transition(c, CommitmentStatus.DONE, Review.NONE, null, doneOn, UpdateKind.AUTO,
                        String.format(Locale.ROOT, "%d 年已审核数据 %s = %s %s %s，已兑现 / approved %d figure of %s %s %s %s: kept", y, c.indicator(),
                                fmt(v), c.comparison().symbol(), fmt(c.targetValue()), y, c.indicator(), fmt(v), c.comparison().symbol(),
                                fmt(c.targetValue())), SYSTEM, today);
            }
            if (y == last) {
                // the deadline year's approved figure misses: overdue once the deadline has passed, at risk before it
                CommitmentStatus next = c.deadline().isBefore(today) ? CommitmentStatus.OVERDUE : CommitmentStatus.AT_RISK;
                if (c.status() == next) return c;
                return service.transition(c, next, Review.NONE, null, null, UpdateKind.AUTO,
                        String.format(Locale.ROOT, "%d 年已审核数据 %s = %s，未达到 %s %s / approved %d figure of %s %s misses %s %s", y,
                                c.indicator(), fmt(v), c.comparison().symbol(), fmt(c.targetValue()), y, c.indicator(), fmt(v),
                                c.comparison().symbol(), fmt(c.targetValue())), SYSTEM, today);
            }
        }
        return c;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
