package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tongchou.app.web.FieldProblem;

/** The commitment form as posted (the meeting page's "add a commitment"). */
record CommitmentFields(String town, String text, String ownerUser, String ownerOffice, CommitmentKind kind, String indicator, Comparison comparison,
                        String targetValue, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    CommitmentService.CommitmentForm form() {
        Double target = null;
        if (kind == CommitmentKind.INDICATOR && targetValue != null && !targetValue.isBlank()) {
            try {
                target = Double.parseDouble(targetValue.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new MeetingRefusedException(List.of(new FieldProblem("targetValue", targetValue, "is not a number")));
            }
        }
        return new CommitmentService.CommitmentForm(town, text, ownerUser, ownerOffice, kind == null ? CommitmentKind.MILESTONE : kind,
                kind == CommitmentKind.INDICATOR ? indicator : null, kind == CommitmentKind.INDICATOR ? comparison : null, target, deadline);
    }
}
