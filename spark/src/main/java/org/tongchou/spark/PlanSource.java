package org.tongchou.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanFile;

/**
 * A plan as it travels to Spark's executors: the text of the engine's plan file (docs/methods.md, "Plan
 * evaluation") and of its framework table. Every executor builds the engine's {@link PlanEvaluator} from
 * it once per JVM ({@link #evaluator()}); nothing of the plan is re-implemented here. The plan file's
 * {@code data}, {@code id-column} and {@code ignore} keys are not used (the data come from the panel);
 * {@code groups} names the panel's grouping columns.
 *
 * @param name          where the plan came from (its file), for messages and the run's provenance
 * @param planText      the plan file's properties
 * @param frameworkText the framework table (COINr-style iMeta CSV)
 */
public record PlanSource(String name, String planText, String frameworkText) implements Serializable {
    private static final Map<PlanSource, PlanEvaluator> EVALUATORS = new ConcurrentHashMap<>();

    /**
     * Reads a plan file and the framework it names (relative to the file's folder); checks both whole.
     *
     * @param planFile the plan file
     * @return the plan's text and its framework's
     * @throws EngineInputException when a file cannot be read or the plan is invalid (every problem listed)
     */
    public static PlanSource read(Path planFile) {
        try {
            String plan = Files.readString(planFile, StandardCharsets.UTF_8);
            Properties p = properties(plan);
            String fw = p.getProperty("framework", "").trim();
            if (fw.isEmpty()) throw new EngineInputException("plan file " + planFile + ": missing key 'framework'");
            Path framework = planFile.toAbsolutePath().getParent().resolve(fw);
            PlanSource s = new PlanSource(planFile.toString(), plan, Files.readString(framework, StandardCharsets.UTF_8));
            s.evaluator();
            return s;
        } catch (IOException e) {
            throw new EngineInputException("cannot read " + e.getMessage(), e);
        }
    }

    /** The engine's evaluator of this plan, built once per JVM. */
    public PlanEvaluator evaluator() {
        return EVALUATORS.computeIfAbsent(this, s -> new PlanEvaluator(s.planFile().spec(s.framework())));
    }

    /** The plan file's choices. */
    public PlanFile planFile() {
        return PlanFile.choices(properties(planText), name);
    }

    /** The grouping columns the plan names ({@code groups}). */
    public List<String> groups() {
        return List.copyOf(planFile().groups());
    }

    /**
     * The raw columns the plan reads, in code order: the tree's indicators, the coupling subsystems' and the
     * disparity weight (what the wide form carries, {@link WideRows}).
     */
    public List<String> indicators() {
        org.tongchou.engine.plan.PlanSpec spec = evaluator().spec();
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(spec.tree().indicatorCodes());
        if (spec.coupling() != null) spec.coupling().subsystems().forEach(s -> codes.addAll(s.indicatorCodes()));
        if (spec.disparity().weightColumn() != null) codes.add(spec.disparity().weightColumn());
        return List.copyOf(codes);
    }

    /** The plan's disparity weight column, or null. */
    public String weightColumn() {
        return planFile().settings().disparityWeight();
    }

    Framework framework() {
        return FrameworkCsv.read(CsvTable.read(new StringReader(frameworkText), name + " (framework)"));
    }

    private static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new EngineInputException("cannot read the plan: " + e.getMessage(), e);
        }
        return p;
    }
}
