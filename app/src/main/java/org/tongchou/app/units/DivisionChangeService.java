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
        Map<Long, Long> oneToOneSuccessor = new HashMap<>();
        Set<Long> closed = new HashSet<>();
        int opened = 0;
        int eventsWritten = 0;
        for (ProposedChange c : ordered) {
            String where = "change " + (proposal.changes().indexOf(c) + 1) + " (" + c.kind() + " "
                    + describe(c) + ")";
            int before = problems.size();
            Map<String, AdminUnit> preds = new LinkedHashMap<>();
            for (ProposedChange.Predecessor p : c.predecessors()) {
                Optional<AdminUnit> u = units.findCurrentByShortCode(p.code());
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
                units.close(p.id(), c.date());
                closed.add(p.id());
                events.insertParticipant(eventId, p.id(), ChangeEventRepository.PREDECESSOR);
            }
            List<Long> succIds = new ArrayList<>();
            for (ProposedChange.Successor s : c.successors()) {
                Long id = successor(s, c, where, problems, eventId);
                if (id == null) continue;
                if (!s.existing()) opened++;
                succIds.add(id);
                Map<String, Double> shares = shares(c, s);
                for (var e : shares.entrySet()) {
                    AdminUnit p = preds.get(e.getKey());
                    if (p != null) events.insertFlow(eventId, p.id(), id, e.getValue());
                }
            }
            if (ONE_TO_ONE.contains(c.kind()) && preds.size() == 1 && succIds.size() == 1) {
                oneToOneSuccessor.put(preds.values().iterator().next().id(), succIds.get(0));
            }
        }
        int moved = 0;
        for (AdminUnit orphan : units.currentChildrenOf(closed)) {
            Long next = oneToOneSuccessor.get(orphan.parentId());
            if (next != null) {
                moved += units.moveCurrentChildren(orphan.parentId(), next);
            } else {
                problems.add("unit " + orphan.shortCode() + " " + orphan.name() + " would stay under "
                        + units.find(orphan.parentId()).map(u -> u.shortCode() + " " + u.name()).orElse("?")
                        + ", which ends; the proposal must say what happens to it");
            }
        }
        if (!problems.isEmpty()) throw new ProposalException("applying the changes " + nz(proposal.from()) + " → " + nz(proposal.to()), problems);
        return new ApplyResult(eventsWritten, closed.size(), opened, moved);
    }

    private Long successor(ProposedChange.Successor s, ProposedChange c, String where, List<String> problems, long eventId) {
        Optional<AdminUnit> current = units.findCurrentByShortCode(s.code());
        if (s.existing()) {
            if (current.isEmpty()) {
                problems.add(where + ": successor " + s.code() + " is marked existing but is not a current unit");
                return null;
            }
            events.insertParticipant(eventId, current.get().id(), ChangeEventRepository.ABSORBER);
            return current.get().id();
        }
        if (current.isPresent()) {
            problems.add(where + ": successor code " + s.code() + " is already used by current unit "
                    + current.get().name() + " (mark it existing: true if it absorbs the predecessor)");
            return null;
        }
        Long parentId = null;
        if (s.level().parent() != null) {
            if (s.parentCode() == null) {
                problems.add(where + ": successor " + s.code() + " needs a parent");
                return null;
            }
            Optional<AdminUnit> parent = units.findCurrentByShortCode(s.parentCode());
            if (parent.isEmpty() || parent.get().level() != s.level().parent()) {
                problems.add(where + ": parent " + s.parentCode() + " of successor " + s.code()
                        + " is not a current unit of level " + s.level().parent());
                return null;
            }
            parentId = parent.get().id();
        }
        long id = units.insert(UnitCode.normalise(s.code()), s.name(), s.level(), UnitKinds.of(s.name(), s.level()), parentId, c.date());
        events.insertParticipant(eventId, id, ChangeEventRepository.SUCCESSOR);
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
