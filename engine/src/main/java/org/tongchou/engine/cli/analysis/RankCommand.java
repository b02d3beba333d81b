package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.rank.RankChange;
import org.tongchou.engine.rank.RankOrder;
import org.tongchou.engine.rank.Ranker;
import org.tongchou.engine.rank.TiePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rank}: ranks of a score column with a tie policy, and the change against an earlier period. */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Ranks units by a score. Output: id, score, rank[, previous_rank, change, status]; change = previous - current "
                + "(positive = moved up); status CONTINUING, NEW or DROPPED (in the earlier period only).")
public final class RankCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--score", defaultValue = "score", paramLabel = "COLUMN", description = "Score column (default: ${DEFAULT-VALUE}).")
    String score;

    @Option(names = "--order", defaultValue = "DESCENDING", paramLabel = "ORDER",
            description = "Rank 1 to the highest (DESCENDING) or lowest (ASCENDING) score (default: ${DEFAULT-VALUE}).")
    RankOrder order;

    @Option(names = "--ties", defaultValue = "MIN", paramLabel = "POLICY",
            description = "Ties: ${COMPLETION-CANDIDATES} (MIN = competition 1224, MAX 1334, DENSE 1223, AVERAGE 1 2.5 2.5 4, "
                    + "ORDINAL = first, by input order) (default: ${DEFAULT-VALUE}).")
    TiePolicy ties;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Earlier period's CSV (same id and score columns), ranked with the same options; units matched by id.")
    Path previous;

    @Override
    protected OutputTable compute(Dataset data) {
        Ranker ranker = new Ranker(order, ties, missing.policy());
        double[] s = scoreColumn(data, in.source());
        double[] ranks = ranker.rank(data.units(), s);
        List<List<String>> rows = new ArrayList<>();
        if (previous == null) {
            for (int i = 0; i < data.unitCount(); i++) {
                rows.add(List.of(data.units().get(i), OutputTable.num(s[i]), OutputTable.num(ranks[i])));
            }
            return new OutputTable(List.of(in.idColumn(), score, "rank"), rows);
        }
        Dataset prev = DatasetCsv.read(previous, in.idColumn(), Set.of(), in.ignored());
        double[] ps = scoreColumn(prev, previous.toString());
        double[] pr = ranker.rank(prev.units(), ps);
        RankChange.Result change = RankChange.compare(data.units(), ranks, prev.units(), pr);
        for (int i = 0; i < data.unitCount(); i++) {
            RankChange.Row r = change.rows().get(i);
            rows.add(List.of(r.unit(), OutputTable.num(s[i]), OutputTable.num(r.rank()), OutputTable.num(r.previousRank()),
                    OutputTable.num(r.change()), r.status().name()));
        }
        for (String u : change.dropped()) {
            rows.add(List.of(u, "", "", OutputTable.num(pr[prev.unitIndexOf(u)]), "", "DROPPED"));
        }
        return new OutputTable(List.of(in.idColumn(), score, "rank", "previous_rank", "change", "status"), rows);
    }

    private double[] scoreColumn(Dataset d, String source) {
        if (!d.hasIndicator(score)) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 1, score, "score column not found among numeric columns " + d.indicators())));
        }
        return d.column(score);
    }
}
