package org.tongchou.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.units.UnitService;

/**
 * Imports data values from CSV or XLSX files, long or wide (docs/data-import.md).
 *
 * <p>The whole file is checked before anything is written, and every problem is reported with its
 * row, column and reason: unknown unit or indicator, derived indicator (computed, never imported),
 * unit not valid in the period, not a number, duplicate, outside the plausible range, wrong period
 * format or a period finer than the indicator's periodicity, and changes to approved (locked) values.
 * The checks stream over the file with in-memory lookups; the database is asked once for the units
 * and once (set-based) for the comparison with stored values. Values are then written in one
 * transaction: new and changed values are stored and audited (changes with their old value, new
 * values through their import batch), identical values are left alone, so importing the same file
 * twice changes nothing. A dry run does everything but commit.
 */
@Service
public class DataImportService {
    /** At most this many problems are listed in a report (all are counted). */
    public static final int MAX_PROBLEMS = 1000;
    /** At most this many changes are listed in a report (all are counted). */
    public static final int MAX_CHANGES = 1000;

    private final IndicatorService indicators;
    private final UnitService units;
    private final DataImportRepository repository;
    private final BulkValueWriter bulk;
    private final TransactionTemplate tx;

    private final Clock clock;

    public DataImportService(IndicatorService indicators, UnitService units, DataImportRepository repository,
            BulkValueWriter bulk, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.bulk = bulk;
        this.indicators = indicators;
        this.units = units;
        this.repository = repository;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Reads and checks a CSV or XLSX file exactly as {@link #importFile} does (the same layouts, headers,
     * unit, indicator, period, number and range checks, duplicates), but compares nothing with the stored
     * values and writes nothing: for features that import figures of their own kind (annual targets)
     * from the same files. {@code derivedAllowed}: whether derived indicators may be given (a target may
     * be set on a ratio; a stored value never is). The values are listed in file order.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public CheckedValues check(Path file, ImportOptions options, boolean derivedAllowed) {
        String name = file.getFileName().toString();
        ProblemList problems = new ProblemList(MAX_PROBLEMS);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            problems.add(0, 0, "", name, "is neither a .csv nor an .xlsx file");
            return new CheckedValues(name, List.of(), problems.sorted(), problems.count());
        }
        ImportParser parser = new ImportParser(indicators.catalog(), indicators.idsByCode(), options, problems, derivedAllowed);
        try (TableReader in = lower.endsWith(".csv") ? new CsvReader(file) : new XlsxReader(file)) {
            parser.parse(in, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (MalformedCsvException e) {
            problems.add(e.row(), 0, "", "", e.getMessage());
        } catch (UnreadableFileException e) {
            problems.add(e.row(), e.column(), "", e.value(), e.getMessage());
        }
        StagedValues s = parser.staged;
        if (s.size > 0) parser.unitCodes = new UnitResolver(units).resolve(parser, options.parentCode(), options.levels(), problems, parser.unitColumn);
        if (!problems.isEmpty()) return new CheckedValues(name, List.of(), problems.sorted(), problems.count());
        List<CheckedValues.Value> out = new ArrayList<>(s.size);
        for (int i = 0; i < s.size; i++) {
            out.add(new CheckedValues.Value(s.row[i], s.unitId[i], parser.unitCodes.get(s.unitId[i]), parser.indicators.get(s.indicator[i]).code(),
                    parser.periods.get(s.period[i]), s.value[i], s.comment(i)));
        }
        return new CheckedValues(name, out, List.of(), 0);
    }

    public ImportReport importFile(Path file, ImportOptions options) {
        return importFile(file, options, ImportProgress.NONE);
    }

    /**
     * Checks and (unless a dry run or the file has problems) stores the values of a CSV ({@code .csv})
     * or XLSX ({@code .xlsx}) file.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public ImportReport importFile(Path file, ImportOptions options, ImportProgress progress) {
        long t0 = System.nanoTime();
        String name = file.getFileName().toString();
        ProblemList problems = new ProblemList(MAX_PROBLEMS);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            problems.add(0, 0, "", name, "is neither a .csv nor an .xlsx file");
            return refused(name, null, 0, 0, problems, options, t0);
        }
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("no such file: " + file));
        }
        ImportParser parser = new ImportParser(indicators.catalog(), indicators.idsByCode(), options, problems);
        try (TableReader in = lower.endsWith(".csv") ? new PrefetchingReader(new CsvReader(file)) : new XlsxReader(file)) {
            progress.phase("reading " + name, in.size());
            parser.parse(in, progress::done);
            progress.done(in.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (MalformedCsvException e) {
            problems.add(e.row(), 0, "", "", e.getMessage());
        } catch (UnreadableFileException e) {
            problems.add(e.row(), e.column(), "", e.value(), e.getMessage());
        }
        StagedValues staged = parser.staged;
        if (staged.size > 0) {
            parser.unitCodes = new UnitResolver(units).resolve(parser, options.parentCode(), options.levels(), problems, parser.unitColumn);
        }
        if (!problems.isEmpty()) return refused(name, parser.layout, parser.rows, staged.size, problems, options, t0);
        if (staged.size == 0) {
            return new ImportReport(name, parser.layout, parser.rows, 0, 0, 0, 0, List.of(), 0, List.of(), options.dryRun(), false, null, seconds(t0));
        }
        return tx.execute(status -> write(name, parser, options, progress, problems, t0, status));
    }

    /**
     * Writes a checked file in the caller's transaction. Values of (indicator, period) columns with
     * nothing stored go straight into data_value ({@link BulkValueWriter}); the others are staged and
     * compared with the stored values ({@link DataImportRepository}). Refuses (rolls back) when a
     * change would touch an approved value.
     */
    private ImportReport write(String name, ImportParser parser, ImportOptions options, ImportProgress progress, ProblemList problems, long t0,
            org.springframework.transaction.TransactionStatus status) {
        StagedValues staged = parser.staged;
        List<String> periodCodes = DataImportRepository.codes(parser.periods);
        int nPer = periodCodes.size();
        progress.phase("looking for stored values", staged.size);
        boolean[] used = new boolean[parser.indicators.size() * nPer];
        for (int i = 0; i < staged.size; i++) used[staged.indicator[i] * nPer + staged.period[i]] = true;
        boolean[] occupied = bulk.occupiedColumns(parser.indicatorIdList, periodCodes, used);
        IntPredicate isNew = i -> !occupied[staged.indicator[i] * nPer + staged.period[i]];
        long fresh = 0;
        for (int i = 0; i < staged.size; i++) if (isNew.test(i)) fresh++;
        long rest = staged.size - fresh;
        DataImportRepository.Counts counts = new DataImportRepository.Counts(fresh, 0, 0, 0);
        List<ValueChange> changes = new ArrayList<>();
        if (rest > 0) {
            progress.phase("comparing " + rest + " values with the stored ones", staged.size);
            repository.stage(staged, isNew.negate(), parser.indicatorIdList, periodCodes, name, progress::done);
            repository.diff();
            DataImportRepository.Counts c = repository.counts(rest);
            if (c.locked() > 0) {
                status.setRollbackOnly();
                for (DataImportRepository.StagedRow r : repository.changes(MAX_PROBLEMS, true)) {
                    problems.add(r.row(), 0, "", "", "would change the approved (locked) value of " + r.indicator() + " for unit " + r.unitCode()
                            + " in " + r.period() + " from " + ValueRules.fmt(r.oldValue()) + " to " + ValueRules.fmt(r.newValue())
                            + "; an analyst must reopen it first");
                }
                problems.countMore(c.locked() - Math.min(c.locked(), MAX_PROBLEMS));
                return refused(name, parser.layout, parser.rows, staged.size, problems, options, t0);
            }
            for (DataImportRepository.StagedRow r : repository.changes(MAX_CHANGES, false)) {
                changes.add(new ValueChange(r.row(), r.unitCode(), r.indicator(), r.period(), r.oldValue(), r.newValue(),
                        r.oldStatus() == null ? null : ValueStatus.valueOf(r.oldStatus()), options.status()));
            }
            counts = new DataImportRepository.Counts(c.inserted() + fresh, c.updated(), c.unchanged(), 0);
        }
        if (fresh > 0) changes = withNewValues(changes, parser, isNew, options.status());
        Long importId = null;
        if (options.dryRun()) {
            status.setRollbackOnly();
        } else if (counts.inserted() + counts.updated() > 0) {
            var at = java.time.OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
            importId = repository.startImport(name, options.user(), at, parser.rows);
            if (rest > 0 && repository.merge(importId, options.status(), options.user(), at, "import " + name) < counts.updated()) {
                // a value compared above was changed by someone else before the write: nothing of the file is written
                throw new StaleValueException(name + ": values changed while the file was being imported; nothing was written, import it again",
                        List.of());
            }
            if (fresh > 0) {
                progress.phase("writing " + fresh + " new values", staged.size);
                bulk.insert(staged, isNew, parser.indicatorIdList, periodCodes, name, importId, options.status(), options.user(), at, progress::done);
            }
            repository.finishImport(importId, counts);
        }
        progress.done(staged.size);
        return new ImportReport(name, parser.layout, parser.rows, staged.size, counts.inserted(), counts.updated(), counts.unchanged(),
                List.of(), 0, changes, options.dryRun(), !options.dryRun() && importId != null, importId, seconds(t0));
    }

    /** The listed changes with the first new values of empty columns added, in file order, at most {@link #MAX_CHANGES}. */
    private static List<ValueChange> withNewValues(List<ValueChange> changes, ImportParser p, IntPredicate isNew, ValueStatus status) {
        StagedValues s = p.staged;
        List<ValueChange> all = new ArrayList<>(changes);
        for (int i = 0, n = 0; i < s.size && n < MAX_CHANGES; i++) {
            if (!isNew.test(i)) continue;
            all.add(new ValueChange(s.row[i], p.unitCodes.get(s.unitId[i]), p.indicators.get(s.indicator[i]).code(), p.periods.get(s.period[i]).code(),
                    null, s.value[i], null, status));
            n++;
        }
        all.sort(Comparator.comparingLong(ValueChange::row).thenComparing(ValueChange::indicator));
        return all.size() > MAX_CHANGES ? new ArrayList<>(all.subList(0, MAX_CHANGES)) : all;
    }

    private static ImportReport refused(String name, ImportLayout layout, long rows, long values, ProblemList problems, ImportOptions o, long t0) {
        return new ImportReport(name, layout, rows, values, 0, 0, 0, problems.sorted(), problems.count(), List.of(), o.dryRun(), false, null, seconds(t0));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

}
