package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * A note of a run: a figure that was not computed and why, a value derived on today's boundaries, an
 * alternative left out of the robustness analysis. Pages show it in their language by its {@code kind}
 * ({@code eval.note.<kind>} messages, see {@link RunNotes}); {@code message} is the English sentence the
 * command line prints and runs made before structured notes keep.
 *
 * @param kind    the engine's {@code NoteKind} name, or {@link #NO_SUBSYSTEMS} / {@link #DERIVED_ON_CURRENT_BOUNDARIES}
 * @param subject the node, indicator, subsystem or town the note is about (may be empty)
 * @param args    the values of the sentence, in the order the kind defines
 */
public record RunNote(String kind, String subject, List<String> args, String message) {
    /** The framework has no urban and rural subsystems: no coupling coordination. No args. */
    public static final String NO_SUBSYSTEMS = "NO_SUBSYSTEMS";
    /**
     * A town's values on today's boundaries were derived, not observed. Args: town name, period, then pairs of
     * (method, contributing units) — one pair per derivation, e.g. {@code APPORTIONED_FROM}, {@code 320582102 金港镇 × 0.3}.
     */
    public static final String DERIVED_ON_CURRENT_BOUNDARIES = "DERIVED_ON_CURRENT_BOUNDARIES";
    /**
     * A unit left out of the run for lack of figures (a plan that {@link EvaluationPlan#skipIncomplete skips such
     * units}); the subject is its code. Args: its name, the codes of the indicators it has no figure of (comma-joined).
     */
    public static final String UNIT_LEFT_OUT = "UNIT_LEFT_OUT";
    /** A note kept as English text only (runs made before notes were structured). Args: none. */
    public static final String TEXT = "TEXT";

    public RunNote {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        args = List.copyOf(args);
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
