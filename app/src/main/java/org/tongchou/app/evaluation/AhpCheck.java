package org.tongchou.app.evaluation;

import java.util.List;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpResult;

/**
 * What the AHP editor shows as the analyst types: priorities, λmax, CI, CR (Saaty's RI, eigenvector
 * method, as the runs use) and whether CR ≤ 0.10; or the problems with the matrix.
 */
record AhpCheck(double[] priorities, double lambdaMax, double ci, double cr, boolean acceptable, List<String> problems) {
    public static AhpCheck of(String text) {
        try {
            AhpResult r = Ahp.priorities(PlanForm.parse(text), PlanWeights.AHP_METHOD, PlanWeights.AHP_RI);
            return new AhpCheck(r.priorities(), r.lambdaMax(), r.ci(), r.cr(), r.acceptable(), List.of());
        } catch (RuntimeException e) {
            return new AhpCheck(new double[0], Double.NaN, Double.NaN, Double.NaN, false, List.of(e.getMessage()));
        }
    }
}
