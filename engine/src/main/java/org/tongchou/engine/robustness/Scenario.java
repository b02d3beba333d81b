package org.tongchou.engine.robustness;

import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;

/** The value of every assumption in one replication (or the nominal configuration). */
public final class Scenario {
    private final List<Assumption<?>> assumptions;
    private final Object[] values;

    private Scenario(List<Assumption<?>> assumptions, Object[] values) {
        this.assumptions = assumptions;
        this.values = values;
    }

    /**
     * @param assumptions the assumptions
     * @return every assumption at its nominal value
     */
    public static Scenario nominal(List<Assumption<?>> assumptions) {
        Object[] v = new Object[assumptions.size()];
        for (int i = 0; i < v.length; i++) v[i] = assumptions.get(i).nominal();
        return new Scenario(List.copyOf(assumptions), v);
    }

    /**
     * @param assumptions the assumptions
     * @param u           one uniform number in [0, 1) per assumption
     * @return assumption i at the value that {@code u[i]} selects
     * @throws org.tongchou.engine.data.InvalidArgumentException for a length that differs
     */
    public static Scenario at(List<Assumption<?>> assumptions, double[] u) {
        if (u.length != assumptions.size()) {
            throw new InvalidArgumentException("u", u, u.length + " uniform numbers for " + assumptions.size() + " assumptions");
        }
        Object[] v = new Object[u.length];
        for (int i = 0; i < v.length; i++) v[i] = assumptions.get(i).at(u[i]);
        return new Scenario(assumptions, v);
    }

    /**
     * @param assumption one of this scenario's assumptions
     * @param <T>        its value type
     * @return its value in this scenario
     * @throws org.tongchou.engine.data.InvalidArgumentException for an assumption that is not part of it
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Assumption<T> assumption) {
        for (int i = 0; i < values.length; i++) {
            if (assumptions.get(i) == assumption) return (T) values[i];
        }
        throw new InvalidArgumentException("assumption", assumption.name(), "is not part of this analysis");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append(", ");
            Object v = values[i];
            sb.append(assumptions.get(i).name()).append('=')
                    .append(v instanceof double[] a ? "[" + a.length + " values]" : String.valueOf(v));
        }
        return sb.append('}').toString();
    }
}
