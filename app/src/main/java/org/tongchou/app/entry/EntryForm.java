package org.tongchou.app.entry;

import java.util.List;
import java.util.Objects;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;

/** The entry form of one unit and period: the framework's raw indicators grouped by dimension. */
record EntryForm(AdminUnit unit, Period period, List<EntryGroup> groups) {

    public List<EntryField> fields() {
        return groups.stream().flatMap(g -> g.fields().stream()).toList();
    }

    public long count(ValueStatus status) {
        return fields().stream().filter(f -> f.status() == status).count();
    }

    public long entered() {
        return fields().stream().filter(f -> f.status() != null).count();
    }

    /** Whether nothing keeps the form from being submitted. */
    public boolean ok() {
        return fields().stream().allMatch(EntryField::ok);
    }

    public EntryField field(String indicator) {
        return fields().stream().filter(f -> Objects.equals(f.indicator().code(), indicator)).findFirst().orElse(null);
    }

    public long submitted() {
        return count(ValueStatus.SUBMITTED);
    }

    public long approved() {
        return count(ValueStatus.APPROVED);
    }

    public long returned() {
        return count(ValueStatus.RETURNED);
    }
}
