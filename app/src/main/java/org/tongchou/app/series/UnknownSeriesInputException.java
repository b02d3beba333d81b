package org.tongchou.app.series;

/** A series was asked for an indicator, unit or period that does not exist; the message names it. */
class UnknownSeriesInputException extends RuntimeException {
    UnknownSeriesInputException(String message) {
        super(message);
    }
}
