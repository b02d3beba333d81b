package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The leaders' list of published commitments that are overdue (逾期) or at risk (有风险), for the city
 * dashboard: the dashboard adds {@link #forDashboard()} to its model and includes the fragment
 * {@code meetings/fragments :: alerts}. Only published commitments, and of those only the ones the viewer may read
 * ({@link CommitmentAccess#published}: a leader of an area those of its own towns).
 */
@Service
public class CommitmentAlerts {
    private final CommitmentRepository commitments;
    private final CommitmentAccess access;
    private final Clock clock;

    CommitmentAlerts(CommitmentRepository commitments, CommitmentAccess access, Clock clock) {
        this.commitments = commitments;
        this.access = access;
        this.clock = clock;
    }

    /** One line of the list. {@code daysLate} is 0 for a commitment at risk that is not yet due. */
    public record Alert(long id, String townCode, String townName, String text, String status, String deadline, long daysLate, String meetingTitle) {
    }

    /** The list with its counts; {@code shown} holds at most {@value #SHOWN}, overdue first, longest overdue first. */
    public record Alerts(int overdue, int atRisk, List<Alert> shown) {
    }

    static final int SHOWN = 12;

    /** The list for the signed-in reader: the published commitments it may read that are overdue or at risk. */
    public Alerts forDashboard() {
        LocalDate today = LocalDate.now(clock);
        List<Commitment> all = commitments.find(access.published(CommitmentFilter.all().statuses(EnumSet.of(CommitmentStatus.OVERDUE,
                CommitmentStatus.AT_RISK))));
        List<Alert> sorted = all.stream()
                .sorted(Comparator.comparing((Commitment c) -> c.status() != CommitmentStatus.OVERDUE).thenComparing(Commitment::deadline))
                .map(c -> new Alert(c.id(), c.townCode(), c.townName(), c.text(), c.status().name(), c.deadline().toString(),
                        Math.max(0, ChronoUnit.DAYS.between(c.deadline(), today)), c.meetingTitle()))
                .toList();
        int overdue = (int) all.stream().filter(c -> c.status() == CommitmentStatus.OVERDUE).count();
        return new Alerts(overdue, all.size() - overdue, sorted.subList(0, Math.min(SHOWN, sorted.size())));
    }
}
