package org.tongchou.engine.prepare;

import org.tongchou.engine.data.Dataset;

/** Imputed data, how many cells were filled and how many stayed missing (nothing to fill them from). */
public record ImputationResult(Dataset data, int imputed, int stillMissing) {
}
