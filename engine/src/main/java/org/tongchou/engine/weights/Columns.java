package org.tongchou.engine.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingValueException;

/**
 * The complete columns a weighting method works on ({@code values[indicator][unit]}) with the names its
 * messages use: a dataset's unit and indicator codes, or, for the array forms, positions ("unit 3",
 * "indicator 2"). Names are looked up only when a message needs them, so the array forms cost nothing
 * extra at national scale.
 */
record Columns(double[][] values, IntFunction<String> unit, IntFunction<String> indicator) {

    static Columns of(Dataset d) {
        return new Columns(d.columns(), d.units()::get, d.indicators()::get);
    }

    /** Bare columns, named by position; columns of unequal length are refused. */
    static Columns unnamed(double[][] columns) {
        for (int j = 1; j < columns.length; j++) {
            if (columns[j].length != columns[0].length) {
                throw new InvalidInputException("columns of unequal length: column " + (j + 1) + " has "
                        + columns[j].length + " values, column 1 has " + columns[0].length);
            }
        }
        return new Columns(columns, i -> "unit " + (i + 1), j -> "indicator " + (j + 1));
    }

    int indicators() {
        return values.length;
    }

    int units() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /**
     * What every objective weighting method needs: at least one indicator, at least 2 units, no missing value.
     *
     * @throws InvalidInputException without indicators or with fewer than 2 units
     * @throws MissingValueException naming the first missing cell (unit and indicator)
     */
    void requireComplete(String method) {
        if (indicators() == 0) throw new InvalidInputException(method + " needs at least one indicator");
        for (int j = 0; j < values.length; j++) {
            double[] c = values[j];
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(c[i])) throw new MissingValueException(unit.apply(i), indicator.apply(j), method);
            }
        }
        if (units() < 2) throw new InvalidInputException(method + " needs at least 2 units, got " + units());
    }

    static List<String> positions(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) names.add(prefix + i);
        return names;
    }
}
