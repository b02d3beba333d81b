package org.tongchou.app.meetings;

/** Kinds of line in a commitment's history. */
enum UpdateKind { CREATED, PUBLISHED, EDITED, PROGRESS, STATUS, DECLARED, VERIFIED, SENT_BACK, WITHDRAWN, AUTO }
