package org.tongchou.engine.normalise;

/**
 * Ranks as scores: the best unit (highest s·x) gets n, the worst 1, ties per {@link TieMethod}.
 * Source: OECD/JRC Handbook (2008) §5.2 "ranking"; COINr {@code n_rank} (R {@code rank}). Missing stay missing
 * and n counts present values only.
 */
public record RankScore(TieMethod ties) implements Normaliser {
    /** {@inheritDoc} */
    @Override
    public void normalise(double[] x, double sign, int column, String name, double[] out) {
        Ranks.rank(x, sign, ties, out);
    }
}
