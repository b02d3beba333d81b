package org.tongchou.app.census;

/**
 * One county of one census as the census file reports it: its code and name in that census's own vintage,
 * resident, urban and rural population and family households. The urbanisation rate is never taken from
 * the file: it is recomputed from the parts ({@link #rate()}).
 *
 * @param line the line of the file (1 = header), for messages
 */
record CensusRecord(String code, String name, int year, double resident, double urban, double rural,
                           double households, double reportedRate, int line) {

    /** Urbanisation rate in %, urban / resident × 100. */
    double rate() {
        return urban / resident * 100;
    }

    /** The province code (first two digits of the census's code). */
    String province() {
        return code.substring(0, 2);
    }
}
