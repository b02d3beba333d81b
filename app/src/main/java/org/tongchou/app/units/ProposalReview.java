package org.tongchou.app.units;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrator's decisions on a proposal, read from the review form: per change {@code i}
 * {@code decision-i} (confirm or discard), {@code date-i}, {@code note-i}, and per successor {@code j}
 * and predecessor code {@code p} the share {@code share-i-j-p}. Yields the confirmed changes as edited,
 * or the problems, each naming the change and field.
 */
record ProposalReview(List<ProposedChange> confirmed, List<FormProblem> problems) {
    private static final double TOLERANCE = 1e-6;

    static String shareField(int change, int successor, String predecessorCode) {
        return "share-" + change + "-" + successor + "-" + predecessorCode;
    }

    static ProposalReview read(ChangeProposal p, Map<String, String> form) {
        List<ProposedChange> confirmed = new ArrayList<>();
        List<FormProblem> problems = new ArrayList<>();
        for (int i = 0; i < p.changes().size(); i++) {
            if (!"confirm".equals(form.get("decision-" + i))) continue;
            ProposedChange c = p.changes().get(i);
            int n = i + 1;
            LocalDate date = c.date();
            String dateText = form.getOrDefault("date-" + i, c.date().toString()).trim();
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new FormProblem("date-" + i, "proposals.error.date", n, dateText));
            }
            String note = form.getOrDefault("note-" + i, c.note()).trim();
            if (note.isEmpty()) problems.add(new FormProblem("note-" + i, "proposals.error.note", n));
            List<ProposedChange.Successor> successors = new ArrayList<>();
            Map<String, Double> sums = new HashMap<>();
            for (int j = 0; j < c.successors().size(); j++) {
                ProposedChange.Successor s = c.successors().get(j);
                Map<String, Double> shares = new LinkedHashMap<>();
                for (var e : s.shares().entrySet()) {
                    String field = shareField(i, j, e.getKey());
                    String text = form.getOrDefault(field, Double.toString(e.getValue())).trim();
                    try {
                        double v = Double.parseDouble(text);
                        if (!(v >= 0 && v <= 1)) throw new NumberFormatException();
                        shares.put(e.getKey(), v);
                        sums.merge(e.getKey(), v, Double::sum);
                    } catch (NumberFormatException ex) {
                        problems.add(new FormProblem(field, "proposals.error.share", n, s.code(), text));
                    }
                }
                successors.add(new ProposedChange.Successor(s.code(), s.name(), s.level(), s.parentCode(), s.existing(), shares));
            }
            for (var e : sums.entrySet()) {
                double sum = e.getValue();
                boolean bad = c.kind() == ChangeKind.SPLIT ? Math.abs(sum - 1) > TOLERANCE : sum > 1 + TOLERANCE;
                if (bad) {
                    problems.add(new FormProblem("share-" + i, "proposals.error.shareSum", n, e.getKey(),
                            String.format(java.util.Locale.ROOT, "%.4f", sum)));
                }
            }
            confirmed.add(new ProposedChange(c.kind(), date, note, c.predecessors(), successors));
        }
        if (confirmed.isEmpty() && problems.isEmpty()) problems.add(new FormProblem("decision", "proposals.error.noneConfirmed"));
        return new ProposalReview(confirmed, problems);
    }
}
