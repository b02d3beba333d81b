package org.tongchou.app.meetings;

/** The parts of an on-site meeting as the seed speech has them (看、听、议), and the requirements it announced. */
public enum AgendaPart {
    /** 看: sites visited */
    SEE,
    /** 听: reports heard */
    HEAR,
    /** 议: discussion */
    DISCUSS,
    /** 要求: the requirements announced (the seed has five, the first 争先进位、攀高比强) */
    REQUIREMENT
}
