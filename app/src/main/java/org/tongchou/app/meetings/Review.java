package org.tongchou.app.meetings;

/** A milestone's verification: none asked, declared done and waiting for an analyst, or sent back with a reason. */
public enum Review { NONE, PENDING, SENT_BACK }
