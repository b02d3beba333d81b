package org.tongchou.app.meetings;

/** A kind of meeting: one of the three built in, or one of the city's own. */
public record MeetingKind(String code, String nameZh, String nameEn, boolean builtin) {
}
