package org.tongchou.app.meetings;

/** A file to attach to a meeting: the name shown to users (never used as a path) and its bytes. */
public record MeetingFile(String name, byte[] bytes) {
}
