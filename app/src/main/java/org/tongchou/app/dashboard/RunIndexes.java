package org.tongchou.app.dashboard;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.evaluation.ResultScope;
import org.tongchou.app.evaluation.RunInfo;

/**
 * {@link RunIndex}es by run. A run's results never change once stored (publishing only flips a flag,
 * which is not part of the index), so an index is built once and kept; the key holds the creation time
 * as well as the id because ids restart when a database is emptied (tests, restores). Which runs a user
 * may see is decided before a run reaches this cache, from the fresh list of runs; what of a run they see
 * ({@link ResultScope}: a town reporter other towns only as published city-wide) is part of the key.
 */
@Component
class RunIndexes {
    private static final int MAX_CACHED = 128;
    private final EvaluationResults results;
    private final ResultAccess access;
    private final Map<Key, RunIndex> cache = new ConcurrentHashMap<>();

    private record Key(long id, OffsetDateTime createdAt, ResultScope scope) {
    }

    RunIndexes(EvaluationResults results, ResultAccess access) {
        this.results = results;
        this.access = access;
    }

    RunIndex of(RunInfo run) {
        Key key = new Key(run.id(), run.createdAt(), access.scope());
        RunIndex index = cache.get(key);
        if (index != null) return index;
        index = new RunIndex(results.result(run), results.groups(run));
        if (cache.size() >= MAX_CACHED) cache.clear();
        cache.put(key, index);
        return index;
    }
}
