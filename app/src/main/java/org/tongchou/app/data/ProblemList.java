package org.tongchou.app.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Problems of one import: all counted, the first {@code cap} kept (a wholly wrong file of millions of rows stays reportable). */
final class ProblemList {
    private final int cap;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    ProblemList(int cap) {
        this.cap = cap;
    }

    void add(long row, int column, String header, String value, String reason) {
        count++;
        if (kept.size() < cap) kept.add(new ImportProblem(row, column, clip(header), clip(value), reason));
    }

    /** A text of the file as a problem quotes it: at most 100 characters, so that a report stays small whatever the file holds. */
    static String clip(String s) {
        if (s == null) return "";
        return s.length() <= 100 ? s : s.substring(0, 100) + "…(" + s.length() + " characters)";
    }

    /** Counts problems found but not listed (beyond what a query returned). */
    void countMore(long n) {
        count += n;
    }

    long count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The kept problems by row and column. */
    List<ImportProblem> sorted() {
        List<ImportProblem> out = new ArrayList<>(kept);
        out.sort(Comparator.comparingLong(ImportProblem::row).thenComparingInt(ImportProblem::column));
        return out;
    }
}
