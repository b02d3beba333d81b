package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a reader held to an area does not see in a run, and what of the run names them: the leader and benchmark
 * codes, notes that mention a unit outside the area by its code (12 digits, or a township's 9) or by the name of one of
 * the run's units outside it. {@link EvaluationResults} builds one per run and area, deciding every code the run names
 * in one set ({@code ScopeService#within}); {@link ResultMask#within} and the run's facts ({@link RunInfo}) use it.
 */
final class HiddenUnits {
    /** A 12-digit unit code or a 9-digit township code, not part of a longer number. */
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{12}|[0-9]{9})(?![0-9])");
    private final Set<String> visible;
    private final Set<String> hiddenNames;

    /**
     * @param visible     the 12-digit codes (of those the run names) within the reader's area
     * @param hiddenNames the names of the run's units outside it
     */
    HiddenUnits(Set<String> visible, Set<String> hiddenNames) {
        this.visible = Set.copyOf(visible);
        this.hiddenNames = hiddenNames.stream().filter(n -> n != null && !n.isBlank()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The 12-digit codes a text names ({@link #CODE}; a 9-digit township code padded with 000). */
    static Set<String> codesIn(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        Matcher m = CODE.matcher(text);
        while (m.find()) out.add(m.group(1).length() == 9 ? m.group(1) + "000" : m.group(1));
        return out;
    }

    /** The codes the run's facts and notes name: its leader, its benchmark, every code in its notes. */
    static Set<String> codesNamedBy(String leader, String benchmark, Collection<String> notes, Collection<RunNote> runNotes) {
        Set<String> out = new HashSet<>();
        if (leader != null) out.add(leader);
        if (benchmark != null) out.add(benchmark);
        for (String n : notes) out.addAll(codesIn(n));
        for (RunNote n : runNotes) {
            out.addAll(codesIn(n.subject()));
            n.args().forEach(a -> out.addAll(codesIn(a)));
            out.addAll(codesIn(n.message()));
        }
        return out;
    }

    /** Whether the code names a unit the reader does not see (null names none). */
    boolean hides(String code) {
        return code != null && !visible.contains(code);
    }

    /** The code, or null when it names a unit the reader does not see. */
    String shown(String code) {
        return hides(code) ? null : code;
    }

    /** Whether the text names a unit the reader does not see, by code or by name. */
    boolean names(String text) {
        if (text == null || text.isEmpty()) return false;
        for (String c : codesIn(text)) if (hides(c)) return true;
        for (String n : hiddenNames) if (text.contains(n)) return true;
        return false;
    }

    /** The notes that name no unit the reader does not see. */
    List<String> notes(List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String n : notes) if (!names(n)) out.add(n);
        return out.size() == notes.size() ? notes : List.copyOf(out);
    }

    /** The structured notes that name no unit the reader does not see, in subject, arguments or sentence. */
    List<RunNote> runNotes(List<RunNote> notes) {
        return notes.stream().filter(n -> !names(n.subject()) && n.args().stream().noneMatch(this::names) && !names(n.message())).toList();
    }

    /** The run's facts as the reader sees them: leader and benchmark codes outside its area gone, notes naming such units gone. */
    RunInfo info(RunInfo r) {
        return new RunInfo(r.id(), r.planCode(), r.period(), r.dataVersion(), r.valueCount(), r.unitCount(), shown(r.leaderCode()),
                shown(r.benchmarkCode()), notes(r.notes()), r.createdBy(), r.createdAt(), r.published(), r.publishedBy(), r.publishedAt(),
                r.synthetic());
    }
}
