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

    /**
     * The entity tag of the form's stored state (HTTP {@code ETag}): changes whenever any of its values changes
     * (value, status, comment: every change adds to the value's version).
     */
    public String etag() {
        long h = 1125899906842597L;
        for (EntryField f : fields()) {
            h = 31 * h + f.indicator().code().hashCode();
            h = 31 * h + f.version();
        }
        return "\"" + unit().code() + "-" + period().code() + "-" + Long.toHexString(h) + "\"";
    }

    /** The stored version of each field (0 when nothing is stored). */
    public java.util.Map<String, Long> versions() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (EntryField f : fields()) out.put(f.indicator().code(), f.version());
        return out;
    }
}
