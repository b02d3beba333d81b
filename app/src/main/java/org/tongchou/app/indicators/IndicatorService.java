package org.tongchou.app.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators known to the application (of every framework), as a validated {@link IndicatorCatalog}. */
@Service
public class IndicatorService {
    private final IndicatorRepository repository;
    private final org.springframework.beans.factory.ObjectProvider<StoredValueCounter> storedValues;
    private volatile IndicatorCatalog cached;

    public IndicatorService(IndicatorRepository repository, org.springframework.beans.factory.ObjectProvider<StoredValueCounter> storedValues) {
        this.repository = repository;
        this.storedValues = storedValues;
    }

    /** All indicators, validated (formulas parsed, no unknown names, no cycles). Cached until the next change. */
    public IndicatorCatalog catalog() {
        IndicatorCatalog c = cached;
        if (c == null) {
            c = IndicatorCatalog.of(repository.findAll());
            cached = c;
        }
        return c;
    }

    public List<Indicator> list() {
        return catalog().all();
    }

    public Optional<Indicator> find(String code) {
        return catalog().find(code);
    }

    /** Database ids of the indicators by code (for bulk data paths that store ids). */
    public Map<String, Long> idsByCode() {
        return repository.idsByCode();
    }

    /**
     * Adds or replaces indicators (matched by code) after checking that the whole catalogue stays
     * consistent with them.
     *
     * A raw indicator that has stored values cannot become derived (its values would stop counting
     * without anyone noticing): delete or move the values first.
     *
     * @throws IndicatorDefinitionException naming every problem (unknown names, cycles as paths, raw
     *         indicators with stored values that would become derived)
     */
    @Transactional
    public void define(List<Indicator> indicators) {
        Map<String, Indicator> merged = new java.util.LinkedHashMap<>();
        for (Indicator i : repository.findAll()) merged.put(i.code(), i);
        List<String> duplicates = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> becomingDerived = new ArrayList<>();
        for (Indicator i : indicators) {
            if (!seen.add(i.code())) duplicates.add("indicator '" + i.code() + "' is defined twice");
            Indicator before = merged.put(i.code(), i);
            if (before != null && !before.derived() && i.derived()) becomingDerived.add(i.code());
        }
        StoredValueCounter counter = storedValues.getIfAvailable();
        if (!becomingDerived.isEmpty() && counter != null) {
            counter.storedValues(becomingDerived).forEach((code, n) -> {
                if (n > 0) duplicates.add("indicator '" + code + "' has " + n + " stored value(s) and cannot become derived"
                        + " (formula '" + merged.get(code).formula() + "'): derived indicators are computed, never stored");
            });
        }
        if (!duplicates.isEmpty()) throw new IndicatorDefinitionException(duplicates);
        IndicatorCatalog.of(merged.values());
        for (Indicator i : indicators) repository.upsert(i);
        cached = null;
    }

    /** Forgets the cached catalogue (after tables were changed behind the service's back, e.g. in tests). */
    public void invalidate() {
        cached = null;
    }

    /** A restored backup brings its own indicators (and, through a new catalogue, its own frameworks). */
    @org.springframework.context.event.EventListener
    void databaseReplaced(org.tongchou.app.web.DatabaseReplaced event) {
        invalidate();
    }
}
