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

    /**
     * @param units      unit codes, distinct
     * @param indicators indicator codes, distinct
     * @param columns    one array per indicator, each with one value per unit (missing = NaN); kept, not copied
     * @param groupings  categorical columns, each with one label per unit
     * @throws InvalidInputException for columns or groupings that do not match the units and indicators, or a
     *                               unit or indicator listed twice
     */
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

    /**
     * A dataset without groupings; see {@link #Dataset(List, List, double[][], List)}.
     *
     * @param units      unit codes, distinct
     * @param indicators indicator codes, distinct
     * @param columns    one array per indicator, one value per unit
     */
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

    /** @return the number of units (rows); 0 for an empty dataset */
    public int unitCount() {
        return units.size();
    }

    /** @return the number of indicators (columns); 0 for a dataset without columns */
    public int indicatorCount() {
        return indicators.size();
    }

    /** @return the unit codes in row order, unmodifiable; empty for an empty dataset */
    public List<String> units() {
        return units;
    }

    /** @return the indicator codes in column order, unmodifiable; empty for a dataset without columns */
    public List<String> indicators() {
        return indicators;
    }

    /** @return the categorical columns, unmodifiable; empty when the dataset has none */
    public List<Grouping> groupings() {
        return groupings;
    }

    /**
     * @param name the grouping's column name
     * @return the grouping, or empty when the dataset has no grouping of that name (or {@code name} is null)
     */
    public Optional<Grouping> grouping(String name) {
        return groupings.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * @param j the indicator's position, 0 to {@link #indicatorCount()} − 1
     * @return its values, the live array (do not modify); a missing value is NaN
     * @throws ArrayIndexOutOfBoundsException for a position outside the columns
     */
    public double[] column(int j) {
        return columns[j];
    }

    /**
     * @param indicator an indicator code
     * @return its values, the live array (do not modify)
     * @throws InvalidInputException for an unknown indicator
     */
    public double[] column(String indicator) {
        return columns[indicatorIndexOf(indicator)];
    }

    /**
     * @param j the indicator's position, 0 to {@link #indicatorCount()} − 1
     * @return a copy of its values (missing = NaN), which the caller may write
     * @throws ArrayIndexOutOfBoundsException for a position outside the columns
     */
    public double[] copyColumn(int j) {
        return columns[j].clone();
    }

    /**
     * @param unit      the unit's position
     * @param indicator the indicator's position
     * @return the value (NaN if missing)
     * @throws ArrayIndexOutOfBoundsException for a position outside the rows or columns
     */
    public double get(int unit, int indicator) {
        return columns[indicator][unit];
    }

    /**
     * @param indicator an indicator code
     * @return its position
     * @throws InvalidInputException naming the code and the known indicators when it is not one
     */
    public int indicatorIndexOf(String indicator) {
        Integer j = indicatorIndex.get(indicator);
        if (j == null) {
            throw new InvalidInputException("unknown indicator '" + indicator + "'; known: " + indicators);
        }
        return j;
    }

    /**
     * @param unit a unit code
     * @return its position
     * @throws InvalidInputException naming the code when it is not a unit
     */
    public int unitIndexOf(String unit) {
        Integer i = unitIndex.get(unit);
        if (i == null) {
            throw new InvalidInputException("unknown unit '" + unit + "'");
        }
        return i;
    }

    /**
     * @param indicator an indicator code
     * @return whether the dataset has it
     */
    public boolean hasIndicator(String indicator) {
        return indicatorIndex.containsKey(indicator);
    }

    /**
     * @param unit a unit code
     * @return whether the dataset has it
     */
    public boolean hasUnit(String unit) {
        return unitIndex.containsKey(unit);
    }

    /** @return all columns (live arrays, do not modify), indexed [indicator][unit]; missing values are NaN */
    public double[][] columns() {
        return columns;
    }

    /**
     * A dataset with the same units and groupings and new columns.
     *
     * @param newIndicators the new indicator codes
     * @param newColumns    one array per new indicator, one value per unit (kept, not copied)
     * @return the new dataset
     * @throws InvalidInputException for columns that do not match the units or the new codes, or a code listed twice
     */
    public Dataset withColumns(List<String> newIndicators, double[][] newColumns) {
        return new Dataset(units, newIndicators, newColumns, groupings);
    }

    /**
     * A dataset restricted to the named indicators, in that order (columns shared, not copied).
     *
     * @param keep indicator codes of this dataset
     * @return the restricted dataset
     * @throws InvalidInputException for a code that is not an indicator
     */
    public Dataset select(List<String> keep) {
        double[][] cols = new double[keep.size()][];
        for (int k = 0; k < keep.size(); k++) {
            cols[k] = column(keep.get(k));
        }
        return withColumns(keep, cols);
    }

    /** @return a deep copy whose columns may be written (units, indicators and groupings are immutable and shared) */
    public Dataset copy() {
        double[][] cols = new double[columns.length][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = columns[j].clone();
        }
        return new Dataset(units, indicators, cols, groupings);
    }

    /**
     * Checks that no cell is missing.
     *
     * @param method the method that needs complete data, for the message
     * @throws MissingValueException naming the unit and indicator of the first missing (NaN) cell, in indicator order;
     *                               nothing is thrown for an empty dataset
     */
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

    /** @return a row-major copy [unit][indicator] (missing = NaN); an array of empty rows when there are no indicators */
    public double[][] toRows() {
        double[][] rows = new double[units.size()][indicators.size()];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < units.size(); i++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    /**
     * A dataset from row-major values.
     *
     * @param units      unit codes, one per row
     * @param indicators indicator codes, one per value of a row
     * @param rows       {@code rows[unit][indicator]}
     * @return the dataset (columns copied)
     * @throws InvalidInputException for a row of the wrong length
     */
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
