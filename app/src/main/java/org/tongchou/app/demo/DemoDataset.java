package org.tongchou.app.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The generated demo values, with look-ups for checks and for the loader. */
final class DemoDataset {
    private final List<DemoValue> values;
    private final Map<Key, Double> index = new HashMap<>();

    private record Key(String unitCode, DemoQuantity quantity, int year) {
    }

    DemoDataset(List<DemoValue> values) {
        this.values = List.copyOf(values);
        for (DemoValue v : values) index.put(new Key(v.unitCode(), v.quantity(), v.year()), v.value());
    }

    List<DemoValue> values() {
        return values;
    }

    OptionalDouble value(String unitCode, DemoQuantity q, int year) {
        Double v = index.get(new Key(unitCode, q, year));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The sum over all units of an additive quantity in a year. */
    double total(DemoQuantity q, int year) {
        return values.stream().filter(v -> v.quantity() == q && v.year() == year).mapToDouble(DemoValue::value).sum();
    }
}
