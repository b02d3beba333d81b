package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Set;
import org.tongchou.app.periods.Period;

/**
 * (Issue 10) A source of raw indicator values computed at run time rather than typed: the meetings
 * module computes the cadre indicators (目标任务完成率, 承诺事项按时完成率) from targets and commitments.
 * A run reads them like any other raw input: {@link EvaluationService#run} asks every supplier after
 * reading the approved values and lays the supplied values over them; where a supplier has no basis
 * (NaN) the stored value stays. Declared here and implemented by the module that computes, so that
 * evaluation depends on none of them.
 */
public interface RunInputSupplier {
    /**
     * The supplier's values of those of {@code wanted} it computes, for the run's towns in order.
     *
     * @param townCodes the towns of the run (12-digit codes), the order of every column
     * @param wanted    the raw indicators the run reads
     */
    SuppliedInputs supply(Period period, List<String> townCodes, Set<String> wanted);
}
