package org.tongchou.app.evaluation;

/**
 * What of the stored results a caller sees; {@link ResultAccess#scope()} decides it from the signed-in
 * user, and {@link EvaluationResults} applies it to every run it gives out.
 *
 * @param unpublished whether unpublished runs are seen (analysts, administrators, the server itself)
 * @param detailUnit  {@code null}: every town in detail; otherwise the unit whose towns are seen in detail
 *                    (a town reporter's scope; {@code ""} = none): other towns are seen only as published
 *                    city-wide, i.e. their overall and dimension scores and ranks, rank changes, gaps to
 *                    the leader and benchmark and coordination degree, without their raw values, indicator
 *                    scores, coupling subsystems, gap decompositions or obstacles
 * @param area        {@code null}: every plan and unit; otherwise the area of a scoped leader (a province, a
 *                    prefecture ...): only the plans whose area lies within it, equals it or contains it
 *                    ({@code security.ScopeService#seesPlanArea}) are seen, and of their results only the units
 *                    within the area; units outside it are not there at all
 */
public record ResultScope(boolean unpublished, String detailUnit, String area) {
    /** Analysts, administrators, and the server's own work (command line, start-up, scheduled jobs). */
    public static final ResultScope EVERYTHING = new ResultScope(true, null, null);
    /** Leaders: every published run, every town in detail. */
    public static final ResultScope PUBLISHED = new ResultScope(false, null, null);
    /** Anyone else who is not signed in as a user: published runs, no town in detail. */
    public static final ResultScope RANKING_ONLY = new ResultScope(false, "", null);

    /** A town reporter: published runs, the towns within {@code unit} in detail. */
    public static ResultScope ownUnit(String unit) {
        return new ResultScope(false, unit == null ? "" : unit, null);
    }

    /** A leader of an area: published runs of the plans it sees, the units within {@code area} only, in detail. */
    public static ResultScope area(String area) {
        return area == null ? PUBLISHED : new ResultScope(false, null, area);
    }

    /** Whether every town is seen in detail. */
    public boolean everyTown() {
        return detailUnit == null;
    }

    /** Whether every plan and unit is seen (no area). */
    public boolean everyArea() {
        return area == null;
    }
}
