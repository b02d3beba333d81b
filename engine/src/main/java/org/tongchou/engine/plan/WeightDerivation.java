package org.tongchou.engine.plan;

import org.tongchou.engine.weights.AhpResult;

/**
 * How the weights of one set of siblings were obtained, with the intermediate figures analysts expect
 * to see (SPSSAU's tables): for entropy e_j, d_j; for CRITIC σ_j, the conflict Σ_k (1 − r_jk) and the
 * information C_j; for AHP the matrix with λmax, CI, RI and CR. Arrays are per child, in the order of
 * {@link WeightingTable#children()}.
 */
public sealed interface WeightDerivation {

    /** The method, as a code for tables and translations. */
    enum Method {
        /** One child: weight 1. */
        SINGLE_CHILD,
        /** Equal weights. */
        EQUAL,
        /** The tree's own weights, renormalised. */
        FIXED,
        /** AHP priorities of a pairwise comparison matrix. */
        AHP,
        /** Entropy weights of the data. */
        ENTROPY,
        /** CRITIC weights of the data. */
        CRITIC,
        /** Subjective times objective weights, renormalised. */
        COMBINED
    }

    /**
     * Which method this derivation is.
     *
     * @return the method
     */
    Method method();

    /** A single child: weight 1, whatever the method. */
    record SingleChild() implements WeightDerivation {
        @Override
        public Method method() {
            return Method.SINGLE_CHILD;
        }
    }

    /** 1/n. */
    record Equal() implements WeightDerivation {
        @Override
        public Method method() {
            return Method.EQUAL;
        }
    }

    /** The tree's weights renormalised: {@code w_j = g_j / Σ g}. */
    record Fixed(double[] given) implements WeightDerivation {
        @Override
        public Method method() {
            return Method.FIXED;
        }
    }

    /**
     * AHP priorities of {@code matrix}: λmax, CI = (λmax − n)/(n − 1), RI(n) of the plan's table and
     * CR = CI/RI (0 for n ≤ 2); CR ≤ 0.10 is Saaty's usual limit of acceptable consistency.
     */
    record Ahp(double[][] matrix, AhpResult result, double randomIndex) implements WeightDerivation {
        @Override
        public Method method() {
            return Method.AHP;
        }

        /**
         * Whether the matrix is consistent enough by Saaty's rule (CR at most 0.10).
         *
         * @return whether CR &lt;= 0.10
         */
        public boolean acceptable() {
            return result.acceptable();
        }
    }

    /**
     * Entropy weights: {@code e_j = −(1/ln n) Σ_i p_ij ln p_ij}, {@code d_j = 1 − e_j}, {@code w_j = d_j / Σ d}.
     */
    record Entropy(double[] entropy, double[] divergence) implements WeightDerivation {
        @Override
        public Method method() {
            return Method.ENTROPY;
        }
    }

    /**
     * CRITIC weights: {@code C_j = σ_j Σ_k (1 − r_jk)}, {@code w_j = C_j / Σ C}, σ the sample standard
     * deviation of the column min-max scaled to [0, 1].
     */
    record Critic(double[] sd, double[] conflict, double[] information) implements WeightDerivation {
        @Override
        public Method method() {
            return Method.CRITIC;
        }
    }

    /**
     * Subjective × objective: {@code w_j = s_j o_j / Σ s o} with s the AHP priorities (or the tree's
     * weights) and o the entropy weights.
     */
    record Combined(WeightDerivation subjective, double[] subjectiveWeights, Entropy objective, double[] objectiveWeights)
            implements WeightDerivation {
        @Override
        public Method method() {
            return Method.COMBINED;
        }
    }
}
