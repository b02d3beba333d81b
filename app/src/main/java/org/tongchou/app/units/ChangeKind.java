package org.tongchou.app.units;

/** What happened to units in a {@link ChangeEvent}. */
public enum ChangeKind {
    /** Several predecessors become one successor (new, or an existing unit that absorbs them). */
    MERGE,
    /** One predecessor is divided among several successors, each with a share. */
    SPLIT,
    /** Same code and parent, new name. */
    RENAME,
    /** Same name and parent, new code. */
    RECODE,
    /** Moved under another parent (usually with a new code, as codes embed the parent's). */
    REPARENT,
    /** A new unit without predecessors. */
    CREATE,
    /** A unit ends without successors. */
    ABOLISH
}
