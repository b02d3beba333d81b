package org.tongchou.app.meetings;

/** An agenda item (看/听/议) or a requirement, in order within its part. */
public record MeetingItem(AgendaPart part, String title, String detail) {
}
