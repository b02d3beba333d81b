package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.IntervalClosure;
import org.tongchou.engine.coupling.RelativeDevelopment;

/**
 * The coupling coordination model of a plan (the standard model of Chinese regional science): each
 * subsystem's score U is the weighted mean of its indicators normalised as the plan normalises, clamped
 * to [0, 1]; then C, T = Σ t_s U_s and D = √(C·T) ({@code CouplingCoordination}), D's class in
 * {@code classes}, and for exactly two subsystems (first urban, second rural) the development type by
 * {@code development}.
 *
 * @param subsystems         at least two
 * @param developmentWeights t_s of each subsystem in T, summing to 1
 * @param weighting          how each subsystem weights its indicators
 * @param classes            classes of D
 * @param development        relative development of the second subsystem against the first
 */
public record CouplingSpec(List<Subsystem> subsystems, double[] developmentWeights, SubsystemWeighting weighting,
                           CoordinationClasses classes, RelativeDevelopment development) {

    /** How a subsystem weights its indicators. */
    public enum SubsystemWeighting {
        /** The subsystem's own weights ({@link PlanTree.Leaf#weight()}), renormalised. */
        FIXED,
        /** Entropy weights of the subsystem's normalised indicators (0·ln 0 = 0). */
        ENTROPY
    }

    /** A subsystem and its indicators (with directions and fixed weights). */
    public record Subsystem(String code, List<PlanTree.Leaf> indicators) {
        /**
         * Checks and copies the components.
         *
         * @param code       the subsystem's code
         * @param indicators its indicators, with directions and fixed weights
         */
        public Subsystem {
            Objects.requireNonNull(code, "code");
            indicators = List.copyOf(indicators);
        }

        /**
         * The subsystem's indicator codes, in order.
         *
         * @return the codes
         */
        public List<String> indicatorCodes() {
            return indicators.stream().map(PlanTree.Leaf::code).toList();
        }
    }

    /**
     * @param subsystems at least two
     * @param developmentWeights t_s of each subsystem in T, summing to 1
     * @param weighting how each subsystem weights its indicators
     * @param classes classes of D
     * @param development relative development of the second subsystem against the first
     * @throws PlanInputException on fewer than two subsystems, an empty one, or weights of T that do not sum to 1
     */
    public CouplingSpec {
        subsystems = List.copyOf(subsystems);
        developmentWeights = developmentWeights.clone();
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(development, "development");
        List<String> problems = new ArrayList<>();
        if (subsystems.size() < 2) problems.add("coupling needs at least 2 subsystems, got " + subsystems.size());
        if (developmentWeights.length != subsystems.size()) {
            problems.add(developmentWeights.length + " weights of T for " + subsystems.size() + " subsystems");
        }
        for (Subsystem s : subsystems) if (s.indicators().isEmpty()) problems.add("subsystem '" + s.code() + "' has no indicator");
        if (!problems.isEmpty()) throw new PlanInputException("coupling", problems);
    }

    /**
     * Urban and rural subsystems as the app evaluates them: T = ½U₁ + ½U₂, the 10-level class scheme with
     * intervals closed below, development type by U₂/U₁ with tolerance 0.1.
     *
     * @param urban     the urban subsystem, U₁
     * @param rural     the rural subsystem, U₂
     * @param weighting how each subsystem weights its indicators
     * @return the specification
     */
    public static CouplingSpec urbanRural(Subsystem urban, Subsystem rural, SubsystemWeighting weighting) {
        return new CouplingSpec(List.of(urban, rural), new double[] {0.5, 0.5}, weighting,
                CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED),
                new RelativeDevelopment(RelativeDevelopment.Comparison.RATIO, 0.1));
    }

    /**
     * The weights of the subsystems in T, the comprehensive development index.
     *
     * @return a copy, one weight per subsystem
     */
    @Override
    public double[] developmentWeights() {
        return developmentWeights.clone();
    }
}
