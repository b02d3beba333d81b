package org.tongchou.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The provenance of one Spark run ({@link ResultSinks}).
 *
 * @param runId      a new UUID per run
 * @param plan       the plan file
 * @param planSha256 SHA-256 of the plan's text, a newline and its framework's text
 * @param source     where the panel came from (a Parquet path, or a JDBC URL without credentials)
 * @param areaColumn the column evaluated area by area, or null for national evaluations
 */
public record RunRecord(String runId, String plan, String planSha256, String source, String areaColumn, String master,
                        String sparkVersion, String engineVersion, long periods, long areas, long units, long refused,
                        Instant startedAt, Instant finishedAt) {

    /** SHA-256 of the plan's and its framework's text. */
    static String sha256(PlanSource plan) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(plan.planText().getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(plan.frameworkText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's version (its jar's manifest), or "dev" when run from classes. */
    static String currentEngineVersion() {
        String v = org.tongchou.engine.plan.PlanEvaluator.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
