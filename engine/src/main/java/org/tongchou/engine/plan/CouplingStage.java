package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.coupling.CouplingCoordination;
import org.tongchou.engine.coupling.CouplingResult;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.Weights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * The coupling coordination of a plan's subsystems. Each subsystem score is
 * {@code U_i = clamp(Σ_j w_j y_ij, 0, 1)} with y the indicators normalised as the plan normalises and w
 * the subsystem's fixed or entropy weights; then {@code CouplingCoordination} gives C, T and D. The clamp
 * only removes rounding noise (a weighted mean of values in [0, 1] is in [0, 1]); it also keeps U in the
 * model's range should a normalisation leave [0, 1]. When a subsystem cannot be scored (values missing,
 * weights undefined) the coupling is not computed and a note says why.
 */
final class CouplingStage {
    private CouplingStage() {
    }

    static PlanResult.Coupling compute(PlanSpec spec, Dataset data, List<PlanNote> notes) {
        CouplingSpec c = spec.coupling();
        int k = c.subsystems().size();
        double[][] u = new double[k][];
        List<WeightingTable> tables = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            u[s] = score(spec, c.subsystems().get(s), data, tables, notes);
            if (u[s] == null) return null;
        }
        List<String> names = c.subsystems().stream().map(CouplingSpec.Subsystem::code).toList();
        CouplingResult r = new CouplingCoordination(MissingPolicy.FAIL).compute(data.units(), names, u, c.developmentWeights());
        int n = data.unitCount();
        int[] classes = new int[n];
        DevelopmentType[] types = k == 2 ? new DevelopmentType[n] : null;
        for (int i = 0; i < n; i++) {
            classes[i] = c.classes().classify(r.coordination()[i]);
            if (types != null) types[i] = c.development().classify(u[0][i], u[1][i]);
        }
        return new PlanResult.Coupling(names, u, r.coupling(), r.development(), r.coordination(), classes, types, tables);
    }

    private static double[] score(PlanSpec spec, CouplingSpec.Subsystem sub, Dataset data, List<WeightingTable> tables,
                                  List<PlanNote> notes) {
        List<String> codes = sub.indicatorCodes();
        if (!complete(sub, data, notes)) return null;
        double[] signs = sub.indicators().stream().mapToDouble(l -> l.direction().sign()).toArray();
        double[][] cols = Normalisation.apply(data.select(codes), signs, spec.normaliser(), MissingPolicy.FAIL).columns();
        double[] w = weights(spec, sub, cols, data.units(), tables, notes);
        if (w == null) return null;
        int n = data.unitCount();
        double[] u = new double[n];
        for (int j = 0; j < cols.length; j++) {
            for (int i = 0; i < n; i++) u[i] += w[j] * cols[j][i];
        }
        for (int i = 0; i < n; i++) u[i] = Math.min(1, Math.max(0, u[i]));
        return u;
    }

    private static boolean complete(CouplingSpec.Subsystem sub, Dataset data, List<PlanNote> notes) {
        for (String code : sub.indicatorCodes()) {
            int missing = data.unitCount();
            String first = data.unitCount() == 0 ? "" : data.units().get(0);
            if (data.hasIndicator(code)) {
                missing = 0;
                double[] x = data.column(code);
                for (int i = x.length - 1; i >= 0; i--) {
                    if (Double.isNaN(x[i])) {
                        missing++;
                        first = data.units().get(i);
                    }
                }
            }
            if (missing > 0) {
                notes.add(PlanNote.of(NoteKind.COUPLING_MISSING_VALUES, sub.code(), "coupling coordination not computed: indicator '"
                        + code + "' of subsystem '" + sub.code() + "' has no value for " + missing + " unit(s), e.g. '" + first + "'",
                        sub.code(), code, missing, first));
                return false;
            }
        }
        return true;
    }

    private static double[] weights(PlanSpec spec, CouplingSpec.Subsystem sub, double[][] cols, List<String> units,
                                     List<WeightingTable> tables, List<PlanNote> notes) {
        List<String> codes = sub.indicatorCodes();
        WeightingTable.ChildKind kind = WeightingTable.ChildKind.SUBSYSTEM_INDICATORS;
        if (spec.coupling().weighting() == CouplingSpec.SubsystemWeighting.ENTROPY) {
            ObjectiveChecks.Problem why = ObjectiveChecks.entropy(codes, units, cols);
            if (why != null) {
                notes.add(PlanNote.of(NoteKind.COUPLING_NO_VARIATION, sub.code(), "coupling coordination not computed: entropy weights of subsystem '"
                        + sub.code() + "': " + why.message(), sub.code(), why.reason(), why.indicator(), why.unit()));
                return null;
            }
            EntropyWeights.Detail e = EntropyWeights.detailed(cols, ZeroHandling.ZERO_LOG_ZERO, 0);
            tables.add(new WeightingTable(sub.code(), kind, codes, new WeightDerivation.Entropy(e.entropy(), e.divergence()), e.weights()));
            return e.weights();
        }
        double[] given = sub.indicators().stream().mapToDouble(PlanTree.Leaf::weight).toArray();
        double sum = 0;
        for (double g : given) sum += g;
        if (!(sum > 0)) {
            notes.add(PlanNote.of(NoteKind.COUPLING_ZERO_WEIGHTS, sub.code(), "coupling coordination not computed: the weights of subsystem '"
                    + sub.code() + "' are all zero", sub.code()));
            return null;
        }
        double[] w = Weights.expert(given);
        tables.add(new WeightingTable(sub.code(), kind, codes, new WeightDerivation.Fixed(given), w));
        return w;
    }
}
