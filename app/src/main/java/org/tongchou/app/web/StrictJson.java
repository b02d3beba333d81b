package org.tongchou.app.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON request bodies, so that no body becomes a silent wrong value (issue 9, docs/security.md):
 * <ul>
 *   <li>a key given twice in an object is refused (Jackson would keep the last one without a word);</li>
 *   <li>an unknown key is refused (a misspelt {@code "valeu"} would leave the value unset);</li>
 *   <li>a fraction where a whole number is expected ({@code "year": 2024.7}) is refused, not cut to 2024;</li>
 *   <li>a number for a yes/no ({@code "submit": 1}) is refused;</li>
 *   <li>a number that is not finite or underflows ({@code 1e400}, {@code "NaN"}, {@code "Infinity"}, {@code 1e-400},
 *       which would become infinity, NaN or 0) is refused;</li>
 *   <li>and, as Jackson 3 does already: a second document or anything after the body, nesting deeper than 500, a
 *       number of more than 1,000 digits, {@code NaN} as a bare token, a null for a primitive.</li>
 * </ul>
 * Each refusal is a 400 whose problem details name the place: the line and column and the path of the field
 * ({@link ErrorAdvice}).
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {
    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("tongchou-finite-numbers")
                        .addDeserializer(Double.class, new FiniteDouble(Double.class, null))
                        .addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0)));
    }

    /** Jackson's own double reading, then a refusal of what is not a finite number or underflows to zero. */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            JsonToken t = p.currentToken();
            String text = t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING ? p.getString() : null;
            Double v = super.deserialize(p, ctxt);
            if (v == null || text == null) return v;
            if (!Double.isFinite(v)) {
                return (Double) ctxt.handleWeirdStringValue(Double.class, TextDocument.clip(text), "not a finite number");
            }
            if (TextDocument.underflows(text, v)) {
                return (Double) ctxt.handleWeirdStringValue(Double.class, TextDocument.clip(text), "too small to be stored (it would become 0)");
            }
            return v;
        }
    }
}
