package org.tongchou.app.indicators;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.web.NotFound;

/**
 * Indicators and frameworks as JSON (and a framework as the YAML it is imported from). Every signed-in
 * user may read them: they are definitions, not data.
 */
@RestController
@Tag(name = "indicators", description = "Indicator definitions and indicator frameworks")
class IndicatorApiController {
    private final IndicatorService indicators;
    private final FrameworkService frameworks;

    IndicatorApiController(IndicatorService indicators, FrameworkService frameworks) {
        this.indicators = indicators;
        this.frameworks = frameworks;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/indicators")
    @Operation(summary = "Every indicator: names, unit, direction, periodicity, plausible range, aggregation rule, formula")
    List<Indicator> list() {
        return indicators.list();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/indicators/{code}")
    @Operation(summary = "One indicator (404 when unknown)")
    Indicator one(@PathVariable String code) {
        return indicators.find(code).orElseThrow(() -> notFound("no indicator with code '" + code + "'"));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/frameworks")
    @Operation(summary = "The codes of the stored frameworks, the primary one first")
    List<String> frameworks() {
        return frameworks.codes();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/frameworks/{code}")
    @Operation(summary = "A framework: dimensions, sub-dimensions, weights and its indicators")
    Framework framework(@PathVariable String code) {
        return frameworks.find(code).orElseThrow(() -> notFound("no framework with code '" + code + "'"));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping(value = "/api/frameworks/{code}.yml", produces = "application/yaml")
    @Operation(summary = "A framework as YAML, in the form `tongchou framework import` reads")
    String frameworkYaml(@PathVariable String code) {
        if (frameworks.find(code).isEmpty()) throw notFound("no framework with code '" + code + "'");
        StringWriter out = new StringWriter();
        frameworks.exportYaml(code, out);
        return out.toString();
    }

    private static NotFound notFound(String detail) {
        return new NotFound(detail);
    }
}
