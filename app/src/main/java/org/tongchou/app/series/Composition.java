package org.tongchou.app.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit expressed as units valid on another day: {@code unit ≈ Σ factor_i × unit_i} for additive
 * quantities. {@code failure} is set (and the factors empty) when the history does not allow it.
 */
record Composition(Direction direction, Map<Long, Double> factors, String failure, String note) {

    enum Direction {
        /** The unit itself was valid. */
        SELF,
        /** The unit did not exist yet: expressed by its predecessors. */
        BACKWARD,
        /** The unit no longer existed: expressed by its successors. */
        FORWARD
    }

    Composition {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    static Composition self(long unitId) {
        return new Composition(Direction.SELF, Map.of(unitId, 1.0), null, null);
    }

    static Composition failed(String reason) {
        return new Composition(Direction.SELF, Map.of(), reason, null);
    }

    boolean isFailed() {
        return failure != null;
    }

    /** One unit with factor 1: the value is the unit's own (renames and re-codes end here). */
    boolean isIdentity() {
        return factors.size() == 1 && factors.values().iterator().next() == 1.0;
    }

    boolean allFactorsOne() {
        return factors.values().stream().allMatch(f -> f == 1.0);
    }
}
