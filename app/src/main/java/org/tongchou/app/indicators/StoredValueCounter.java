package org.tongchou.app.indicators;

import java.util.Collection;
import java.util.Map;

/**
 * How many values are stored per indicator. The data feature, which owns the values, implements it; the
 * indicators feature asks before it turns a raw indicator into a derived one, because derived indicators
 * are computed, never stored, and the stored values would silently stop counting.
 */
public interface StoredValueCounter {
    /** Stored values per indicator code, for the codes given; codes without values may be absent. */
    Map<String, Long> storedValues(Collection<String> indicatorCodes);
}
