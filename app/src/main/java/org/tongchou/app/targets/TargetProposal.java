package org.tongchou.app.targets;

import java.time.OffsetDateTime;

/**
 * A target waiting for an analyst (or decided): unit, indicator, year and value, how it was made and why.
 *
 * @param basis how the value was obtained (the trend's points and formula, the city target and the shares), or null
 */
record TargetProposal(long id, long unitId, String unitCode, String unitName, String indicator, int year, double value,
                      TargetMethod method, String basis, String note, Status status, String proposedBy, OffsetDateTime proposedAt,
                      String decidedBy, OffsetDateTime decidedAt, String decisionNote, Double approvedValue) {

    enum Status { PENDING, APPROVED, REJECTED, SUPERSEDED }
}
