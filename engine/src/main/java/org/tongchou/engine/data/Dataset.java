package org.tongchou.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of units (rows) by indicators (columns) of {@code double}, stored column by column.
 * A missing value is {@link Double#NaN}. Unit and indicator codes are unique.
 *
 * <p>The column arrays are owned by the dataset: {@link #column(int)} returns the live array for speed
 * (the engine's methods never write into their input); use {@link #copyColumn(int)} to get a copy.
 */
public final class Dataset {
    private final List<String> units;
    private final List<String> indicators;
    private final double[][] columns;
    private final List<Grouping> groupings;
    private final Map<String, Integer> indicatorIndex;
    private final Map<String, Integer> unitIndex;

    public Dataset(List<String> units, List<String> indicators, double[][] columns, List<Grouping> groupings) {
        this.units = List.copyOf(units);
        this.indicators = List.copyOf(indicators);
        this.columns = columns;
        this.groupings = List.copyOf(groupings);
        if (columns.length != indicators.size()) {
            throw new InvalidInputException(columns.length + " columns for " + indicators.size() + " indicators");
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != units.size()) {
                throw new InvalidInputException("column '" + indicators.get(j) + "' has " + columns[j].length
                        + " values for " + units.size() + " units");
            }
        }
        for (Grouping g : groupings) {
            if (g.labels().size() != units.size()) {
                throw new InvalidInputException("grouping '" + g.name() + "' has " + g.labels().size()
                        + " labels for " + units.size() + " units");
            }
        }
        this.indicatorIndex = index(this.indicators, "indicator");
        this.unitIndex = index(this.units, "unit");
    }

    public Dataset(List<String> units, List<String> indicators, double[][] columns) {
        this(units, indicators, columns, List.of());
    }

    private static Map<String, Integer> index(List<String> codes, String what) {
        Map<String, Integer> m = new HashMap<>(codes.size() * 2);
        for (int i = 0; i < codes.size(); i++) {
            if (m.put(codes.get(i), i) != null) {
                throw new InvalidInputException("duplicate " + what + " '" + codes.get(i) + "'");
            }
        }
        return m;
    }

    public int unitCount() {
        return units.size();
    }

    public int indicatorCount() {
        return indicators.size();
    }

    public List<String> units() {
        return units;
    }

    public List<String> indicators() {
        return indicators;
    }

    public List<Grouping> groupings() {
        return groupings;
    }

    public Optional<Grouping> grouping(String name) {
        return groupings.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public double[] column(int j) {
        return columns[j];
    }

    public double[] column(String indicator) {
        return columns[indicatorIndexOf(indicator)];
    }

    public double[] copyColumn(int j) {
        return columns[j].clone();
    }

    public double get(int unit, int indicator) {
        return columns[indicator][unit];
    }

    public int indicatorIndexOf(String indicator) {
        Integer j = indicatorIndex.get(indicator);
        if (j == null) {
            throw new InvalidInputException("unknown indicator '" + indicator + "'; known: " + indicators);
        }
        return j;
    }

    public int unitIndexOf(String unit) {
        Integer i = unitIndex.get(unit);
        if (i == null) {
            throw new InvalidInputException("unknown unit '" + unit + "'");
        }
        return i;
    }

    public boolean hasIndicator(String indicator) {
        return indicatorIndex.containsKey(indicator);
    }

    public boolean hasUnit(String unit) {
        return unitIndex.containsKey(unit);
    }

    /** All columns (live arrays), indexed [indicator][unit]. */
    public double[][] columns() {
        return columns;
    }

    /** A dataset with the same units and groupings and new columns. */
    public Dataset withColumns(List<String> newIndicators, double[][] newColumns) {
        return new Dataset(units, newIndicators, newColumns, groupings);
    }

    /** A dataset restricted to the named indicators, in that order (columns shared, not copied). */
    public Dataset select(List<String> keep) {
        double[][] cols = new double[keep.size()][];
        for (int k = 0; k < keep.size(); k++) {
            cols[k] = column(keep.get(k));
        }
        return withColumns(keep, cols);
    }

    /** A deep copy whose columns may be written. */
    public Dataset copy() {
        double[][] cols = new double[columns.length][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = columns[j].clone();
        }
        return new Dataset(units, indicators, cols, groupings);
    }

    /** Checks that no cell is missing; otherwise throws naming the first missing cell. */
    public void requireComplete(String method) {
        for (int j = 0; j < columns.length; j++) {
            double[] c = columns[j];
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(c[i])) {
                    throw new MissingValueException(units.get(i), indicators.get(j), method);
                }
            }
        }
    }

    /** Row-major copy [unit][indicator]. */
    public double[][] toRows() {
        double[][] rows = new double[units.size()][indicators.size()];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < units.size(); i++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    public static Dataset fromRows(List<String> units, List<String> indicators, double[][] rows) {
        double[][] cols = new double[indicators.size()][units.size()];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != indicators.size()) {
                throw new InvalidInputException("row of unit '" + units.get(i) + "' has " + rows[i].length
                        + " values for " + indicators.size() + " indicators");
            }
            for (int j = 0; j < rows[i].length; j++) {
                cols[j][i] = rows[i][j];
            }
        }
        return new Dataset(units, indicators, cols);
    }

    @Override
    public String toString() {
        List<String> head = new ArrayList<>(indicators.subList(0, Math.min(5, indicators.size())));
        return "Dataset[" + units.size() + " units x " + indicators.size() + " indicators " + head
                + (indicators.size() > 5 ? "..." : "") + ", groupings " + groupings.stream().map(Grouping::name).toList() + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Dataset d)) return false;
        return units.equals(d.units) && indicators.equals(d.indicators) && Arrays.deepEquals(columns, d.columns)
                && groupings.equals(d.groupings);
    }

    @Override
    public int hashCode() {
        return units.hashCode() * 31 + indicators.hashCode();
    }
}
