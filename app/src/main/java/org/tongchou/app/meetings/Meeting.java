package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting: kind, title, day, host unit, the evaluation run it presented (plan and period), its agenda
 * in three parts and the requirements it announced, minutes and attachments.
 *
 * @param hostUnitCode 12-digit code of the host unit (e.g. 金港街道), or null
 * @param planCode     the evaluation plan whose run for {@code period} the meeting looked at, or null
 * @param synthetic    demo content (pages label it)
 */
public record Meeting(long id, String kindCode, String title, LocalDate heldOn, String hostUnitCode, String hostUnitName, String venue,
                      String planCode, String period, String minutes, boolean synthetic, List<MeetingItem> items,
                      List<StoredFileInfo> attachments, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {

    public List<MeetingItem> part(AgendaPart p) {
        return items.stream().filter(i -> i.part() == p).toList();
    }
}
