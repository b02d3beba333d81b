package org.tongchou.engine.plan;

import java.util.List;
import java.util.Objects;

/**
 * A note of an evaluation: something not computed, with its reason, or a choice readers should know.
 *
 * @param kind    what the note says ({@link NoteKind} lists the args of each kind)
 * @param subject the node, indicator, subsystem or unit it is about (may be empty)
 * @param args    the values of the sentence, as text, in the order {@link NoteKind} gives
 * @param message the note as an English sentence (for logs and the command line)
 */
public record PlanNote(NoteKind kind, String subject, List<String> args, String message) {
    /**
     * Checks and copies the components.
     *
     * @param kind    what the note says ({@link NoteKind} lists the args of each kind)
     * @param subject the node, indicator, subsystem or unit it is about (may be empty)
     * @param args    the values of the sentence, as text, in the order {@link NoteKind} gives
     * @param message the note as an English sentence (for logs and the command line)
     */
    public PlanNote {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        args = List.copyOf(args);
        Objects.requireNonNull(message, "message");
    }

    static PlanNote of(NoteKind kind, String subject, String message, Object... args) {
        return new PlanNote(kind, subject, java.util.Arrays.stream(args).map(String::valueOf).toList(), message);
    }

    @Override
    public String toString() {
        return message;
    }
}
