package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes change events between two states of the tree and applies a reviewed proposal: each change
 * ends its predecessors on its date, opens its successors from that date under their parents, and
 * records the event with its participants and shares. Applying is all or nothing.
 */
@Service
public class DivisionChangeService {
    private static final Set<ChangeKind> ONE_TO_ONE = Set.of(ChangeKind.RENAME, ChangeKind.RECODE, ChangeKind.REPARENT);

    private final UnitRepository units;
    private final ChangeEventRepository events;

    public DivisionChangeService(UnitRepository units, ChangeEventRepository events) {
        this.units = units;
        this.events = events;
    }

    /** The changes from one list to another, dated {@code date} (edit them before applying). */
    public ChangeProposal propose(DivisionList from, DivisionList to, LocalDate date) {
        return DivisionDiff.propose(from, to, date);
    }

    /**
     * The changes from one list to another without a database (what {@link #propose} does): for features that
     * relate figures of several vintages (the census crosswalk).
     */
    public static ChangeProposal between(DivisionList from, DivisionList to, LocalDate date) {
        return DivisionDiff.propose(from, to, date);
    }

    /** What applying did. {@code childrenMoved}: unchanged children that followed a renamed/moved parent. */
    public record ApplyResult(int events, int unitsClosed, int unitsOpened, int childrenMoved) {
    }

    /**
     * Applies a proposal, changes taken level by level from provinces down (so that a new township
     * exists before its villages). Every problem is collected and reported at once; if there is any,
     * nothing is written. Shares: given ones are used; a successor without shares gets 1 from each
     * predecessor of a MERGE or one-to-one change, and equal parts of a SPLIT's predecessor.
     *
     * @throws ProposalException listing every change that cannot be applied
     */
    @Transactional(rollbackFor = ProposalException.class)
    public ApplyResult apply(ChangeProposal proposal) {
        List<String> problems = new ArrayList<>();
        List<ProposedChange> ordered = new ArrayList<>(proposal.changes());
        ordered.sort(Comparator.comparing(ProposedChange::level));
        // every unit the changes name, in one query; kept current below as units are closed and opened
        List<String> codes = new ArrayList<>();
        for (ProposedChange c : ordered) {
            c.predecessors().forEach(p -> codes.add(p.code()));
            for (ProposedChange.Successor s : c.successors()) {
                codes.add(s.code());
                if (s.parentCode() != null) codes.add(s.parentCode());
            }
        }
        CurrentUnits current = CurrentUnits.of(units, codes);
        Writes writes = new Writes();
        Map<Long, Long> oneToOneSuccessor = new HashMap<>();
        int opened = 0;
        int eventsWritten = 0;
        for (ProposedChange c : ordered) {
            String where = "change " + (proposal.changes().indexOf(c) + 1) + " (" + c.kind() + " "
                    + describe(c) + ")";
            int before = problems.size();
            Map<String, AdminUnit> preds = new LinkedHashMap<>();
            for (ProposedChange.Predecessor p : c.predecessors()) {
                Optional<AdminUnit> u = current.find(p.code());
                if (u.isEmpty()) {
                    problems.add(where + ": predecessor " + p.code() + " " + nz(p.name())
                            + " is not a current unit (already ended, or never imported)");
                } else if (!u.get().validFrom().isBefore(c.date())) {
                    problems.add(where + ": predecessor " + p.code() + " is valid only from "
                            + u.get().validFrom() + ", not before the change date " + c.date());
                } else {
                    preds.put(p.code(), u.get());
                }
            }
            if (problems.size() > before) continue;
            long eventId = events.insertEvent(c.kind(), c.date(), c.note());
            eventsWritten++;
            for (AdminUnit p : preds.values()) {
                writes.closed.put(p.id(), c.date());
                current.closed(p);
                writes.participants.add(new ChangeEventRepository.Participant(eventId, p.id(), ChangeEventRepository.PREDECESSOR));
            }
            List<Long> succIds = new ArrayList<>();
            for (ProposedChange.Successor s : c.successors()) {
                Long id = successor(s, c, where, problems, eventId, current, writes);
                if (id == null) continue;
                if (!s.existing()) opened++;
                succIds.add(id);
                Map<String, Double> shares = shares(c, s);
                for (var e : shares.entrySet()) {
                    AdminUnit p = preds.get(e.getKey());
                    if (p != null) writes.flows.add(new ChangeEventRepository.Flow(eventId, p.id(), id, e.getValue()));
                }
            }
            if (ONE_TO_ONE.contains(c.kind()) && preds.size() == 1 && succIds.size() == 1) {
                oneToOneSuccessor.put(preds.values().iterator().next().id(), succIds.get(0));
            }
        }
        units.closeAll(writes.closed);
        events.insertAll(writes.participants, writes.flows);
        int moved = 0;
        Set<Long> movedFrom = new HashSet<>();
        for (AdminUnit orphan : units.currentChildrenOf(writes.closed.keySet())) {
            Long next = oneToOneSuccessor.get(orphan.parentId());
            if (next != null) {
                // one update moves all children of that parent
                if (movedFrom.add(orphan.parentId())) moved += units.moveCurrentChildren(orphan.parentId(), next);
            } else {
                problems.add("unit " + orphan.shortCode() + " " + orphan.name() + " would stay under "
                        + units.find(orphan.parentId()).map(u -> u.shortCode() + " " + u.name()).orElse("?")
                        + ", which ends; the proposal must say what happens to it");
            }
        }
        if (!problems.isEmpty()) throw new ProposalException("applying the changes " + nz(proposal.from()) + " → " + nz(proposal.to()), problems);
        return new ApplyResult(eventsWritten, writes.closed.size(), opened, moved);
    }

    /** Rows written in batches after all changes have been gone through. */
    private static final class Writes {
        final Map<Long, LocalDate> closed = new LinkedHashMap<>();
        final List<ChangeEventRepository.Participant> participants = new ArrayList<>();
        final List<ChangeEventRepository.Flow> flows = new ArrayList<>();
    }

    private Long successor(ProposedChange.Successor s, ProposedChange c, String where, List<String> problems, long eventId,
                           CurrentUnits current, Writes writes) {
        Optional<AdminUnit> found = current.find(s.code());
        if (s.existing()) {
            if (found.isEmpty()) {
                problems.add(where + ": successor " + s.code() + " is marked existing but is not a current unit");
                return null;
            }
            writes.participants.add(new ChangeEventRepository.Participant(eventId, found.get().id(), ChangeEventRepository.ABSORBER));
            return found.get().id();
        }
        if (found.isPresent()) {
            problems.add(where + ": successor code " + s.code() + " is already used by current unit "
                    + found.get().name() + " (mark it existing: true if it absorbs the predecessor)");
            return null;
        }
        Long parentId = null;
        if (s.level().parent() != null) {
            if (s.parentCode() == null) {
                problems.add(where + ": successor " + s.code() + " needs a parent");
                return null;
            }
            Optional<AdminUnit> parent = current.find(s.parentCode());
            if (parent.isEmpty() || parent.get().level() != s.level().parent()) {
                problems.add(where + ": parent " + s.parentCode() + " of successor " + s.code()
                        + " is not a current unit of level " + s.level().parent());
                return null;
            }
            parentId = parent.get().id();
        }
        String code12 = UnitCode.normalise(s.code());
        String kind = UnitKinds.of(s.name(), s.level());
        long id = units.insert(code12, s.name(), s.level(), kind, parentId, c.date());
        current.opened(new AdminUnit(id, code12, s.name(), s.level(), kind, parentId, c.date(), null));
        writes.participants.add(new ChangeEventRepository.Participant(eventId, id, ChangeEventRepository.SUCCESSOR));
        return id;
    }

    /** The given shares, or the defaults (1 for merges and one-to-one changes, equal parts of a split). */
    private static Map<String, Double> shares(ProposedChange c, ProposedChange.Successor s) {
        if (!s.shares().isEmpty()) return s.shares();
        Map<String, Double> out = new LinkedHashMap<>();
        double part = c.kind() == ChangeKind.SPLIT ? 1.0 / c.successors().size() : 1.0;
        for (ProposedChange.Predecessor p : c.predecessors()) out.put(p.code(), part);
        return out;
    }

    private static String describe(ProposedChange c) {
        List<String> names = new ArrayList<>();
        c.predecessors().forEach(p -> names.add(nz(p.name())));
        String left = String.join("+", names);
        names.clear();
        c.successors().forEach(s -> names.add(nz(s.name())));
        return left + " → " + String.join("+", names);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
