package org.tongchou.app.units;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks the change wizard's form against the units as they are, field by field, so that the page
 * can name each bad input as it is typed; applying checks again (DivisionChangeService) inside its
 * transaction. For one-to-one changes, blanks are taken from the predecessor: a rename keeps the code
 * and parent, a re-code the name and parent, a re-parent the name.
 */
@Component
public class UnitChangeChecker {
    static final double SHARE_TOLERANCE = 1e-6;

    private final UnitService units;

    UnitChangeChecker(UnitService units) {
        this.units = units;
    }

    public UnitChangeCheck check(UnitChangeForm form) {
        List<FormProblem> problems = new ArrayList<>();
        ChangeKind kind = kind(form.getKind(), problems);
        LocalDate date = date(form.getDate(), problems);
        if (form.getNote().isBlank()) problems.add(new FormProblem("note", "wizard.error.note"));

        List<AdminUnit> preds = predecessors(form, date, problems);
        List<UnitChangeForm.Row> rows = form.getSuccessors().stream().filter(r -> !r.blank()).toList();
        if (kind != null) count(kind, form.predecessorCodes().size(), rows.size(), problems);

        AdminUnit first = preds.isEmpty() ? null : preds.get(0);
        List<ProposedChange.Successor> successors = new ArrayList<>();
        double sum = 0;
        boolean sharesTyped = false;
        for (int i = 0; i < form.getSuccessors().size(); i++) {
            UnitChangeForm.Row row = form.getSuccessors().get(i);
            if (row.blank()) continue;
            String f = "successors[" + i + "]";
            Successor s = successor(kind, row, f, first, date, problems);
            Double share = share(kind, row, f, problems);
            if (share != null) {
                sum += share;
                sharesTyped = true;
            }
            if (s == null) continue;
            Map<String, Double> shares = new LinkedHashMap<>();
            for (AdminUnit p : preds) shares.put(p.shortCode(), kind == ChangeKind.SPLIT ? (share == null ? 0 : share) : 1.0);
            successors.add(new ProposedChange.Successor(s.code, s.name, s.level, s.parent, row.isExisting(), shares));
        }
        Double shareSum = kind == ChangeKind.SPLIT && sharesTyped ? sum : null;
        if (kind == ChangeKind.SPLIT && sharesTyped && Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
            problems.add(new FormProblem("shares", "wizard.error.shareSum", String.format(java.util.Locale.ROOT, "%.4f", sum)));
        }
        ProposedChange change = null;
        if (problems.isEmpty() && kind != null && date != null) {
            List<ProposedChange.Predecessor> ps = preds.stream()
                    .map(p -> new ProposedChange.Predecessor(p.shortCode(), p.name())).toList();
            change = new ProposedChange(kind, date, form.getNote(), ps, successors);
        }
        return new UnitChangeCheck(change, preds, shareSum, problems);
    }

    private static ChangeKind kind(String text, List<FormProblem> problems) {
        try {
            return ChangeKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FormProblem("kind", "wizard.error.kind"));
            return null;
        }
    }

    private static LocalDate date(String text, List<FormProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FormProblem("date", "wizard.error.date", text));
            return null;
        }
    }

    /** Each predecessor must be a current unit, valid before the date; all of one level. */
    private List<AdminUnit> predecessors(UnitChangeForm form, LocalDate date, List<FormProblem> problems) {
        List<AdminUnit> out = new ArrayList<>();
        List<String> codes = form.predecessorCodes();
        if (codes.isEmpty()) problems.add(new FormProblem("predecessors", "wizard.error.predecessorsMissing"));
        for (String code : codes) {
            Optional<AdminUnit> u = current(code);
            if (u.isEmpty()) {
                problems.add(new FormProblem("predecessors", "wizard.error.predecessorUnknown", code));
            } else if (date != null && !u.get().validFrom().isBefore(date)) {
                problems.add(new FormProblem("predecessors", "wizard.error.predecessorLate", code, u.get().validFrom()));
            } else if (!out.isEmpty() && out.get(0).level() != u.get().level()) {
                problems.add(new FormProblem("predecessors", "wizard.error.predecessorLevel", code));
            } else if (out.contains(u.get())) {
                problems.add(new FormProblem("predecessors", "wizard.error.predecessorTwice", code));
            } else {
                out.add(u.get());
            }
        }
        return out;
    }

    private static void count(ChangeKind kind, int preds, int succs, List<FormProblem> problems) {
        switch (kind) {
            case MERGE -> {
                if (preds < 2) problems.add(new FormProblem("predecessors", "wizard.error.mergeNeedsTwo"));
                if (succs != 1) problems.add(new FormProblem("successors", "wizard.error.exactlyOneSuccessor"));
            }
            case SPLIT -> {
                if (preds != 1) problems.add(new FormProblem("predecessors", "wizard.error.exactlyOnePredecessor"));
                if (succs < 2) problems.add(new FormProblem("successors", "wizard.error.splitNeedsTwo"));
            }
            case RENAME, RECODE, REPARENT -> {
                if (preds != 1) problems.add(new FormProblem("predecessors", "wizard.error.exactlyOnePredecessor"));
                if (succs != 1) problems.add(new FormProblem("successors", "wizard.error.exactlyOneSuccessor"));
            }
            case ABOLISH -> {
                if (preds != 1) problems.add(new FormProblem("predecessors", "wizard.error.exactlyOnePredecessor"));
                if (succs != 0) problems.add(new FormProblem("successors", "wizard.error.abolishNoSuccessor"));
            }
            case CREATE -> problems.add(new FormProblem("kind", "wizard.error.createNotHere"));
        }
    }

    private record Successor(String code, String name, UnitLevel level, String parent) {
    }

    /** The successor row with the one-to-one defaults filled in, or null (with problems) if it cannot be. */
    private Successor successor(ChangeKind kind, UnitChangeForm.Row row, String f, AdminUnit pred, LocalDate date,
            List<FormProblem> problems) {
        boolean oneToOne = kind == ChangeKind.RENAME || kind == ChangeKind.RECODE || kind == ChangeKind.REPARENT;
        String parentOfPred = pred == null || pred.parentId() == null ? ""
                : units.find(pred.parentId()).map(AdminUnit::shortCode).orElse("");
        String code = row.getCode();
        String name = row.getName();
        String parent = row.getParent();
        if (oneToOne && pred != null) {
            if (code.isEmpty() && kind == ChangeKind.RENAME) code = pred.shortCode();
            if (name.isEmpty() && kind != ChangeKind.RENAME) name = pred.name();
            if (parent.isEmpty() && kind != ChangeKind.REPARENT) parent = parentOfPred;
        }
        if (!row.isExisting() && parent.isEmpty() && pred != null && !oneToOne) parent = parentOfPred;
        int before = problems.size();
        UnitLevel level = null;
        try {
            level = UnitCode.levelOf(code);
        } catch (IllegalArgumentException e) {
            problems.add(new FormProblem(f + ".code", "wizard.error.code", code));
        }
        if (level != null && pred != null && level != pred.level()) {
            problems.add(new FormProblem(f + ".code", "wizard.error.codeLevel", code, pred.level()));
        }
        if (row.isExisting()) {
            Optional<AdminUnit> u = level == null ? Optional.empty() : current(code);
            if (u.isEmpty()) problems.add(new FormProblem(f + ".code", "wizard.error.existingUnknown", code));
            else name = u.get().name();
            if (oneToOne) problems.add(new FormProblem(f + ".existing", "wizard.error.existingOneToOne"));
        } else {
            if (name.isEmpty()) problems.add(new FormProblem(f + ".name", "wizard.error.name"));
            Optional<AdminUnit> taken = level == null ? Optional.empty() : current(code);
            boolean reused = taken.isPresent() && pred != null && taken.get().id() == pred.id() && kind == ChangeKind.RENAME;
            if (taken.isPresent() && !reused) {
                problems.add(new FormProblem(f + ".code", "wizard.error.codeTaken", code, taken.get().name()));
            }
            if (level != null && level.parent() != null) {
                Optional<AdminUnit> p = parent.isEmpty() ? Optional.empty() : current(parent);
                if (p.isEmpty() || p.get().level() != level.parent()) {
                    problems.add(new FormProblem(f + ".parent", "wizard.error.parent", parent, level.parent()));
                } else if (level != UnitLevel.PROVINCE && !code.startsWith(p.get().shortCode())) {
                    problems.add(new FormProblem(f + ".code", "wizard.error.codePrefix", code, p.get().shortCode()));
                }
            }
            if (pred != null && kind == ChangeKind.RENAME && name.equals(pred.name())) {
                problems.add(new FormProblem(f + ".name", "wizard.error.renameSameName"));
            }
            if (pred != null && kind == ChangeKind.RECODE && code.equals(pred.shortCode())) {
                problems.add(new FormProblem(f + ".code", "wizard.error.recodeSameCode"));
            }
            if (pred != null && kind == ChangeKind.REPARENT && parent.equals(parentOfPred)) {
                problems.add(new FormProblem(f + ".parent", "wizard.error.reparentSameParent"));
            }
        }
        return problems.size() > before ? null : new Successor(code, name, level, parent.isEmpty() ? null : parent);
    }

    /** A split's share as typed: a number in (0, 1]; other kinds ignore the column. */
    private static Double share(ChangeKind kind, UnitChangeForm.Row row, String f, List<FormProblem> problems) {
        if (kind != ChangeKind.SPLIT) return null;
        try {
            double s = Double.parseDouble(row.getShare());
            if (!(s > 0 && s <= 1)) {
                problems.add(new FormProblem(f + ".share", "wizard.error.share", row.getShare()));
                return null;
            }
            return s;
        } catch (NumberFormatException e) {
            problems.add(new FormProblem(f + ".share", "wizard.error.share", row.getShare()));
            return null;
        }
    }

    private Optional<AdminUnit> current(String code) {
        try {
            return units.findByCode(code, UnitCode.levelOf(code), LocalDate.of(9999, 1, 1))
                    .filter(u -> u.validTo() == null);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
