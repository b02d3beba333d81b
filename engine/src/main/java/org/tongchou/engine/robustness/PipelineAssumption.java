package org.tongchou.engine.robustness;

import java.util.function.BiFunction;
import org.tongchou.engine.pipeline.PipelineConfig;

/**
 * An uncertain assumption of a {@link org.tongchou.engine.pipeline.CompositePipeline}: its values and
 * how a value changes the pipeline's configuration (e.g. {@code PipelineConfig::withNormaliser}).
 */
public record PipelineAssumption<T>(Assumption<T> assumption, BiFunction<PipelineConfig, T, PipelineConfig> setter) {

    PipelineConfig apply(PipelineConfig config, Scenario scenario) {
        return setter.apply(config, scenario.get(assumption));
    }
}
