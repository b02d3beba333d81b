package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.List;

/**
 * Change events proposed between two states of the unit tree (two code lists, or the database and
 * a list), for a person to review before {@link DivisionChangeService#apply} writes them. Written to
 * and read from YAML by {@link ProposalYaml}.
 *
 * @param from      label of the earlier state
 * @param to        label of the later state
 * @param within    the code prefix compared, or null for the whole country
 * @param date      the default date of the changes (the later list's reference date)
 * @param unchanged how many units are the same in both
 */
public record ChangeProposal(String from, String to, String within, LocalDate date, int unchanged,
                             List<ProposedChange> changes) {
    public ChangeProposal {
        changes = List.copyOf(changes);
    }
}
