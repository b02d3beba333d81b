package org.tongchou.app.evaluation;

import java.util.List;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpResult;

/**
 * What the AHP editor shows as the analyst types: priorities, λmax, CI, RI, CR (the runs' settings:
 * principal eigenvector, Saaty's RI) and whether CR ≤ 0.10; or the problems with the matrix.
 */
record AhpCheck(double[] priorities, double lambdaMax, double ci, double ri, double cr, boolean acceptable, List<String> problems) {
    public static AhpCheck of(String text) {
        PlanForm.TypedMatrix m = PlanForm.read(text == null ? "" : text);
        if (!m.problems().isEmpty()) return refused(m.problems());
        try {
            AhpResult r = Ahp.priorities(m.values(), EnginePlans.AHP_METHOD, EnginePlans.AHP_RI);
            return new AhpCheck(r.priorities(), r.lambdaMax(), r.ci(), EnginePlans.AHP_RI.of(m.values().length), r.cr(), r.acceptable(), List.of());
        } catch (InvalidInputException e) {
            // the engine refuses a matrix that is not positive and reciprocal, naming the cells: shown to the analyst
            return refused(List.of(e.getMessage()));
        }
    }

    private static AhpCheck refused(List<String> problems) {
        return new AhpCheck(new double[0], Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, problems);
    }
}
