package org.tongchou.app.map;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;
import java.util.List;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.units.UnitLevel;

/** The map page (every signed-in user) and the boundary upload page (ADMIN, under /admin). */
@Controller
class MapPageController {
    private final MapService maps;
    private final ScopeService scopes;

    private final Clock clock;

    MapPageController(MapService maps, ScopeService scopes, Clock clock) {
        this.clock = clock;
        this.maps = maps;
        this.scopes = scopes;
    }

    /**
     * {@code level}: which units are drawn (township when absent; unknown: 400); the page offers every level.
     * {@code mapSchematic}: the intro and the note under the map say "schematic" only when the shapes are. A leader
     * of an area is drawn the units of its area ({@code MapApiController}); {@code mapArea} says so from the start.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/map")
    String map(@RequestParam(required = false) String level, Model model) {
        UnitLevel l = level == null || level.isBlank() ? UnitLevel.TOWNSHIP : MapApiController.level(level);
        model.addAttribute("mapSchematic", maps.schematic(l, LocalDate.now(clock)));
        model.addAttribute("unitLevel", l);
        model.addAttribute("mapLevel", l.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("mapLevels", List.of(UnitLevel.values()));
        String area = scopes.area();
        if (area != null) model.addAttribute("mapArea", area);
        return "map/map";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/map")
    String uploadPage(Model model) {
        model.addAttribute("mapSchematic", maps.schematic(UnitLevel.TOWNSHIP, LocalDate.now(clock)));
        return "map/boundaries";
    }

    /**
     * Stores an uploaded boundary file; a refused one answers 422 with the page and every problem (each naming the
     * feature, polygon, ring and position), nothing stored.
     */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/map")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.geojson" : file.getOriginalFilename();
        try {
            BoundaryImportResult r = maps.importBoundaries(name, file.getBytes(), UnitLevel.TOWNSHIP, LocalDate.now(clock));
            flash.addFlashAttribute("stored", r.unitCodes());
            return "redirect:/admin/map";
        } catch (BoundaryFileException e) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
            return uploadPage(model);
        }
    }
}
