package org.tongchou.app.indicators;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.web.NotFound;
import org.tongchou.engine.data.Direction;

/**
 * The indicator and framework editor (ADMIN and ANALYST): indicator list, one indicator's form with its
 * formula checked as typed (htmx), the framework trees with weights, YAML export and import.
 */
@Controller
class IndicatorAdminController {
    private final IndicatorService indicators;
    private final FrameworkService frameworks;
    private final FormulaCheck check;

    IndicatorAdminController(IndicatorService indicators, FrameworkService frameworks, FormulaCheck check) {
        this.indicators = indicators;
        this.frameworks = frameworks;
        this.check = check;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/admin/indicators")
    String list(Model model) {
        model.addAttribute("indicators", indicators.list());
        model.addAttribute("frameworks", frameworks.codes().stream().map(frameworks::find).flatMap(java.util.Optional::stream).toList());
        return "indicators/indicators";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/admin/indicators/{code}")
    String edit(@PathVariable String code, Model model) {
        Indicator i = indicators.find(code).orElseThrow(() -> new NotFound("no indicator '" + code + "'"));
        model.addAttribute("indicator", i);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("check", check.check(code, i.formula()));
        return "indicators/indicator";
    }

    /** The htmx fragment under the formula field. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/admin/indicators/formula-check")
    String formulaCheck(@RequestParam String code, @RequestParam(required = false) String formula, Model model) {
        model.addAttribute("check", check.check(code, formula));
        return "indicators/indicator :: formulaCheck";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/admin/indicators/{code}")
    String save(@PathVariable String code, @RequestParam String nameZh, @RequestParam String nameEn,
            @RequestParam(required = false) String unit, @RequestParam Direction direction,
            @RequestParam(required = false) Double min, @RequestParam(required = false) Double max,
            @RequestParam Aggregation aggregation, @RequestParam(required = false) String weightIndicator,
            @RequestParam(required = false) String formula, RedirectAttributes flash) {
        Indicator old = indicators.find(code).orElseThrow(() -> new NotFound("no indicator '" + code + "'"));
        try {
            indicators.define(java.util.List.of(new Indicator(code, nameZh, nameEn, unit, direction, old.periodicity(),
                    min, max, aggregation, weightIndicator, formula, old.description(), old.computed() && (formula == null || formula.isBlank()))));
            flash.addFlashAttribute("saved", code);
        } catch (IndicatorDefinitionException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/admin/indicators/" + code;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/admin/indicators/framework/{code}.yml")
    ResponseEntity<String> export(@PathVariable String code) {
        StringWriter out = new StringWriter();
        frameworks.exportYaml(code, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + ".yml\"")
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    /**
     * Imports a framework YAML (the file as uploaded, decoded strictly as UTF-8: {@link FrameworkYaml#read(byte[], String)});
     * a refused one answers 422 with the page and every problem (each naming the file and its path in it), nothing stored.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/admin/indicators/framework")
    String importYaml(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "framework.yml" : file.getOriginalFilename();
        try {
            flash.addFlashAttribute("imported", frameworks.importYaml(file.getBytes(), name).code());
            return "redirect:/admin/indicators";
        } catch (IndicatorDefinitionException e) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
            return list(model);
        }
    }
}
