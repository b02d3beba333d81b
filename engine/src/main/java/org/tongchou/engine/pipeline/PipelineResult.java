package org.tongchou.engine.pipeline;

import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.prepare.Screening;
import org.tongchou.engine.prepare.TreatmentReport;

/**
 * Every stage of one pipeline run (own copies, safe to keep): indicator stages over the framework's
 * indicators, {@code aggregated} over every framework node (indicators first, index last), the index
 * scores and ranks (descending score, ties share the lowest rank, missing scores unranked as 0).
 */
public record PipelineResult(Dataset denominated, Dataset imputed, Dataset treated, Dataset normalised,
                             Dataset aggregated, TreatmentReport treatment, List<Screening.Removed> screenedOut,
                             double[] index, int[] ranks) {
}
