package org.tongchou.app.entry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.periods.Period;

/** Reporting periods and their deadlines, kept by administrators; read by timeliness checks. */
@Service
class DeadlineService {
    private final DeadlineRepository repository;

    DeadlineService(DeadlineRepository repository) {
        this.repository = repository;
    }

    /** Every deadline, latest period first. */
    public List<ReportingDeadline> list() {
        return repository.findAll().stream().sorted(Comparator.comparing(ReportingDeadline::period).reversed()).toList();
    }

    public Optional<ReportingDeadline> of(Period period) {
        return repository.findAll().stream().filter(d -> d.period().equals(period)).findFirst();
    }

    @Transactional
    public void set(ReportingDeadline deadline) {
        repository.upsert(deadline);
    }

    @Transactional
    public boolean remove(Period period) {
        return repository.delete(period.code()) > 0;
    }
}
