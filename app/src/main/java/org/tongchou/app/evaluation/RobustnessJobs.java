package org.tongchou.app.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.PlanSpec;

/**
 * The robustness of runs, computed apart from the runs themselves: a run is stored and visible as soon as its
 * scores are (a province's 1,203 towns in about a second), and its Monte Carlo robustness (1,000 replications and
 * the sensitivity model runs, tens of seconds at that size) follows in the background, on one thread, in its own
 * transaction. Until then pages show the run's {@link RobustnessStatus} ("being computed"); a run whose robustness was never
 * computed (the process ended first, or it failed) gets it on demand (the run page's button, publication).
 *
 * <p>With {@code tongchou.evaluation.robustness.background=false} (tests) a job runs in the caller's thread right
 * after the run's transaction has committed, so that {@code run()} returns with the robustness stored, as before.
 * A run's robustness is computed once: a second request for a run whose job is queued or running waits for that job.
 */
@Component
class RobustnessJobs {
    private static final Logger log = LoggerFactory.getLogger(RobustnessJobs.class);

    /** What the Monte Carlo evaluates: the run's engine spec and data (towns in the run's order). */
    record Inputs(PlanSpec spec, Dataset data) {
    }

    private final RobustnessAnalysis analysis;
    private final RunDetailsRepository details;
    private final EvaluationResults results;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean background;
    private final ExecutorService executor;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final org.tongchou.app.web.Maintenance maintenance;

    RobustnessJobs(RobustnessAnalysis analysis, RunDetailsRepository details, EvaluationResults results, TransactionTemplate tx,
                   Clock clock, @Value("${tongchou.evaluation.robustness.background:true}") boolean background,
                   org.tongchou.app.web.Maintenance maintenance) {
        this.maintenance = maintenance;
        this.analysis = analysis;
        this.details = details;
        this.results = results;
        this.tx = tx;
        this.clock = clock;
        this.background = background;
        this.executor = background ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "robustness");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }) : null;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (executor != null) executor.shutdownNow();
    }

    private final class Job {
        final long runId;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile RobustnessStatus.State state = RobustnessStatus.State.QUEUED;
        volatile OffsetDateTime since = OffsetDateTime.now(clock);
        volatile String failure;

        Job(long runId) {
            this.runId = runId;
        }

        /**
         * Computes and stores the robustness on {@code on} (the background thread, or the caller's). A failure is not
         * thrown at anyone: it becomes the run's FAILED state with its reason (and the log), and can be retried.
         */
        void start(Supplier<Optional<Inputs>> inputs, java.util.concurrent.Executor on) {
            CompletableFuture.supplyAsync(() -> compute(inputs), on).whenComplete((stored, failed) -> {
                if (failed != null) {
                    Throwable cause = failed instanceof java.util.concurrent.CompletionException && failed.getCause() != null ? failed.getCause() : failed;
                    failure = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                    state = RobustnessStatus.State.FAILED;
                    log.warn("robustness of run {} failed", runId, cause);
                } else if (!stored) {
                    failure = "the run's plan has changed since the run (or is gone): its robustness cannot be computed";
                    state = RobustnessStatus.State.FAILED;
                } else {
                    state = RobustnessStatus.State.COMPUTED;
                    jobs.remove(runId, this);
                }
                done.complete(null);
            });
        }

        /** As {@link #computeNow}, unless a restore is under way (then it fails, to be asked again). */
        private boolean compute(Supplier<Optional<Inputs>> inputs) {
            boolean[] stored = {false};
            if (!maintenance.background("robustness of run " + runId, () -> stored[0] = computeNow(inputs))) {
                throw new IllegalStateException("Tongchou was being restored from a backup; ask for the robustness again");
            }
            return stored[0];
        }

        private boolean computeNow(Supplier<Optional<Inputs>> inputs) {
            state = RobustnessStatus.State.COMPUTING;
            since = OffsetDateTime.now(clock);
            long t0 = System.nanoTime();
            Optional<Inputs> in = inputs.get();
            if (in.isEmpty()) return false;
            RobustnessAnalysis.Outcome out = analysis.compute(in.get().spec(), in.get().data());
            tx.executeWithoutResult(s -> store(runId, out));
            results.forgetRobustness(runId);
            log.info("robustness of run {}: {} model runs in {} ms", runId, out.robustness().modelRuns(), (System.nanoTime() - t0) / 1_000_000);
            return true;
        }
    }

    private void store(long runId, RobustnessAnalysis.Outcome out) {
        if (details.robustness(runId).isPresent()) return;
        List<RunNote> notes = new ArrayList<>(out.notes());
        details.insertNotes(runId, notes);
        details.insertRobustness(runId, out.robustness());
    }

    /**
     * Computes run {@code runId}'s robustness once the current transaction has committed (at once without one): in
     * the background, or in this thread when background jobs are off. Nothing happens when its robustness is stored,
     * queued or being computed.
     *
     * @param inputs read when the job starts; empty when the robustness cannot be computed any more
     */
    void submit(long runId, Supplier<Optional<Inputs>> inputs) {
        Job job = new Job(runId);
        Job existing = jobs.putIfAbsent(runId, job);
        if (existing != null) {
            if (existing.state != RobustnessStatus.State.FAILED) return;
            if (!jobs.replace(runId, existing, job)) return;
        }
        Runnable start = () -> {
            if (background) {
                try {
                    job.start(inputs, executor);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    jobs.remove(runId, job); // shutting down: the run keeps no robustness and gets it on demand
                }
            } else {
                job.start(inputs, Runnable::run);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) start.run();
                    else jobs.remove(runId, job);
                }
            });
        } else {
            start.run();
        }
    }

    /** Where run {@code runId}'s robustness stands (a stored robustness reads COMPUTED whatever this process did). */
    RobustnessStatus status(long runId) {
        Job job = jobs.get(runId);
        if (job != null && job.state != RobustnessStatus.State.COMPUTED) return new RobustnessStatus(job.state, job.since, job.failure);
        return details.robustnessStored(runId) ? new RobustnessStatus(RobustnessStatus.State.COMPUTED, null, null) : new RobustnessStatus(RobustnessStatus.State.NONE, null, null);
    }

    /**
     * Waits at most {@code timeout} for a queued or running job of the run; returns its status then.
     */
    RobustnessStatus await(long runId, Duration timeout) {
        Job job = jobs.get(runId);
        if (job != null) {
            try {
                job.done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the status says what is known
            }
        }
        return status(runId);
    }
}
