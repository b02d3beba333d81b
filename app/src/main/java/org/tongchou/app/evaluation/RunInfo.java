package org.tongchou.app.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import org.tongchou.app.periods.Period;

/**
 * A stored run of a plan for one period.
 *
 * @param dataVersion SHA-256 (first 16 hex digits) of the approved values the run read, so that two runs
 *                    on the same data carry the same version
 * @param notes       what the run could not compute, and why
 * @param synthetic   whether any value read came from the synthetic demo data (pages label it)
 */
public record RunInfo(long id, String planCode, Period period, String dataVersion, int valueCount, int unitCount,
                      String leaderCode, String benchmarkCode, List<String> notes, String createdBy,
                      OffsetDateTime createdAt, boolean published, String publishedBy, OffsetDateTime publishedAt,
                      boolean synthetic) {
}
