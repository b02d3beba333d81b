package org.tongchou.engine.robustness;

import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * A discrete uniform choice among k alternatives: u in [0, 1) selects alternative ⌊u·k⌋, so each has
 * probability 1/k.
 *
 * <p>COINr ({@code sample_2_para}) instead cuts the range [min u, max u] of the sample actually drawn
 * into k equal intervals ({@code cut(x, k)}); the two agree up to the sample's distance from 0 and 1,
 * which vanishes as N grows. The mapping here does not depend on the other rows, so a Saltelli row of
 * A and the same column in A_B^(i) always select the same alternative.
 *
 * @param nominal the alternative of the nominal configuration (need not be one of the alternatives)
 */
public record Choice<T>(String name, List<T> alternatives, T nominal) implements Assumption<T> {
    /**
     * Copies and checks the alternatives.
     *
     * @param name         the name reported in results
     * @param alternatives the values to choose among, at least one
     * @param nominal      the alternative of the nominal configuration
     * @throws InvalidArgumentException for no alternative
     */
    public Choice {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) throw new InvalidArgumentException("alternatives", "none", "choice '" + name + "' needs at least one alternative");
    }

    @Override
    public T at(double u) {
        int k = alternatives.size();
        int index = (int) Math.floor(u * k);
        return alternatives.get(Math.max(0, Math.min(k - 1, index)));
    }
}
