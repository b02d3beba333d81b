package org.tongchou.engine.prepare;

import org.tongchou.engine.data.InvalidArgumentException;

/**
 * An imputation choice, a value object so that a Monte Carlo run can vary it.
 *
 * @param method   the method
 * @param grouping name of the dataset {@link org.tongchou.engine.data.Grouping} for group methods (the
 *                 unit grouping for LOCF), else null
 * @param time     for LOCF only: the indicator column holding the time (e.g. {@code Time}), else null
 */
public record ImputationSpec(ImputationMethod method, String grouping, String time) {
    /**
     * Checks the components.
     *
     * @param method the method
     * @param grouping name of the dataset {@link org.tongchou.engine.data.Grouping} for group methods (the unit
     *        grouping for LOCF), else null
     * @param time for LOCF only: the indicator column holding the time (e.g. {@code Time}), else null
     * @throws InvalidArgumentException for a group method or LOCF without its grouping, LOCF without its time column
     */
    public ImputationSpec {
        boolean grouped = method == ImputationMethod.GROUP_MEAN || method == ImputationMethod.GROUP_MEDIAN
                || method == ImputationMethod.LOCF;
        if (grouped && (grouping == null || grouping.isBlank())) {
            throw new InvalidArgumentException("grouping", grouping == null ? "null" : grouping, method + " imputation needs a grouping column");
        }
        if (method == ImputationMethod.LOCF && (time == null || time.isBlank())) {
            throw new InvalidArgumentException("time", time == null ? "null" : time, "LOCF imputation needs a time column");
        }
    }

    /**
     * @param method MEAN or MEDIAN
     * @return that imputation
     */
    public static ImputationSpec of(ImputationMethod method) {
        return new ImputationSpec(method, null, null);
    }

    /**
     * @param method   GROUP_MEAN or GROUP_MEDIAN
     * @param grouping the dataset's grouping
     * @return that imputation
     */
    public static ImputationSpec byGroup(ImputationMethod method, String grouping) {
        return new ImputationSpec(method, grouping, null);
    }
}
