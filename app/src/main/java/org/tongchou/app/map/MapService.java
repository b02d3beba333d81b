package org.tongchou.app.map;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitGeometry;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unit boundaries for maps: GeoJSON upload of real boundaries, the schematic partition for the demo,
 * and the FeatureCollection that the map pages draw. Geometries are stored in the units feature's
 * geometry column; whether one is schematic is kept here.
 */
@Service
public class MapService {
    private final UnitService units;
    private final GeometrySourceRepository sources;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Reads uploaded files: a key given twice in an object is refused (it would silently replace the first). */
    private final JsonMapper strictJson = JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    MapService(UnitService units, GeometrySourceRepository sources) {
        this.units = units;
        this.sources = sources;
    }

    /**
     * Stores the boundaries of a GeoJSON FeatureCollection. Each feature is matched to a unit of the given
     * level valid on {@code on} by its {@code code} property (12 digits, or the significant leading digits)
     * or else by its {@code name} property. Checked whole: every problem (not JSON, wrong types, rings not
     * closed or too short, coordinates outside longitude/latitude, unmatched or repeated units) is reported
     * at once with the feature's index, and nothing is stored unless the whole file is good.
     */
    @Transactional
    public BoundaryImportResult importBoundaries(String file, byte[] content, UnitLevel level, LocalDate on) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = strictJson.readTree(org.tongchou.app.web.TextDocument.text(content, clip(file)));
        } catch (org.tongchou.app.web.TextDocument.UnreadableDocumentException e) {
            throw new BoundaryFileException(file, List.of(e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new BoundaryFileException(file, List.of((at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                    + "not JSON: " + org.tongchou.app.web.TextDocument.clip(e.getOriginalMessage(), 240)));
        }
        if (root == null || !"FeatureCollection".equals(text(root.get("type")))) {
            throw new BoundaryFileException(file, List.of("top level is not a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\")"));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new BoundaryFileException(file, List.of("\"features\" is missing or empty"));
        }
        List<AdminUnit> candidates = units.atLevel(level, on);
        Map<String, AdminUnit> byName = new HashMap<>();
        for (AdminUnit u : candidates) byName.put(u.name(), u);
        Set<Long> seen = new HashSet<>();
        List<UnitGeometry> toStore = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int index = 0;
        for (JsonNode f : features) {
            String where = "feature " + index++;
            JsonNode props = f.get("properties");
            String code = props == null ? null : text(props.get("code"));
            String name = props == null ? null : text(props.get("name"));
            AdminUnit unit = match(candidates, byName, code, name);
            if (unit == null) {
                problems.add(where + ": no " + level + " unit valid on " + on + " has code '" + clip(code) + "' or name '" + clip(name) + "'");
            } else {
                where += " (" + unit.code() + " " + unit.name() + ")";
                if (!seen.add(unit.id())) problems.add(where + ": unit given twice");
            }
            JsonNode geometry = f.get("geometry");
            int before = problems.size();
            double[] centre = checkGeometry(geometry, where, problems);
            if (unit != null && problems.size() == before) {
                toStore.add(new UnitGeometry(unit.id(), json.writeValueAsString(geometry), centre[0], centre[1]));
                codes.add(unit.code());
            }
        }
        if (!problems.isEmpty()) throw new BoundaryFileException(file, problems);
        for (UnitGeometry g : toStore) {
            units.setGeometry(g);
            sources.record(g.unitId(), false, file);
        }
        return new BoundaryImportResult(file, codes);
    }

    /**
     * Draws a schematic partition of {@code outline} (one cell per unit of {@code level} under
     * {@code parentCode} valid on {@code on}) and stores the cells as those units' geometry, flagged
     * schematic. Seeds are spread over the outline by {@link SeedLayout}; units are assigned to cells
     * in code order, north to south.
     *
     * @return the number of units that received a cell
     */
    @Transactional
    public int storeSchematic(List<double[]> outline, String parentCode, UnitLevel level, LocalDate on, String source) {
        List<AdminUnit> towns = units.withinCode(parentCode, on).stream().filter(u -> u.level() == level).toList();
        if (towns.isEmpty()) return 0;
        List<double[]> seeds = SeedLayout.spread(outline, towns.size());
        List<List<double[]>> cells = SchematicPartition.cells(outline, seeds);
        for (int i = 0; i < towns.size(); i++) {
            List<double[]> cell = cells.get(i);
            if (cell.isEmpty()) continue;
            ObjectNode g = json.createObjectNode();
            g.put("type", "Polygon");
            ArrayNode ring = g.putArray("coordinates").addArray();
            for (double[] p : cell) ring.addArray().add(round(p[0])).add(round(p[1]));
            ring.addArray().add(round(cell.get(0)[0])).add(round(cell.get(0)[1]));
            double[] c = SchematicPartition.centroid(cell);
            units.setGeometry(new UnitGeometry(towns.get(i).id(), json.writeValueAsString(g), c[0], c[1]));
            sources.record(towns.get(i).id(), true, source);
        }
        return towns.size();
    }

    /**
     * The units of a level valid on a day that have a geometry, as a GeoJSON FeatureCollection; each
     * feature's properties hold {@code code}, {@code name} and {@code schematic}. The collection's own
     * {@code schematic} member is true when any feature is schematic.
     */
    public String featureCollection(UnitLevel level, LocalDate on) {
        return featureCollection(level, on, null);
    }

    /**
     * As {@link #featureCollection(UnitLevel, LocalDate)}, only the units within {@code area} (a 12-digit code, by
     * code prefix: a province's counties); null or {@link ScopeService#COUNTRY} = every unit of the level.
     */
    public String featureCollection(UnitLevel level, LocalDate on, String area) {
        Map<Long, Boolean> schematic = sources.schematicByUnit();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        boolean anySchematic = false;
        List<AdminUnit> drawn = area == null || ScopeService.COUNTRY.equals(area) ? units.atLevel(level, on) : units.withinCode(area, level, on);
        for (AdminUnit u : drawn) {
            UnitGeometry g = units.geometry(u.id()).orElse(null);
            if (g == null || g.geoJson() == null) continue;
            boolean s = schematic.getOrDefault(u.id(), false);
            anySchematic |= s;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", u.code());
            ObjectNode p = f.putObject("properties");
            p.put("code", u.code());
            p.put("name", u.name());
            p.put("schematic", s);
            f.set("geometry", json.readTree(g.geoJson()));
        }
        fc.put("schematic", anySchematic);
        return json.writeValueAsString(fc);
    }

    /**
     * Whether any unit of the level valid on the day is drawn from a schematic shape: pages then say that
     * the map is schematic (uploaded boundaries are real and carry no such note).
     */
    public boolean schematic(UnitLevel level, LocalDate on) {
        // look only at the units drawn schematically (a few per demo city), never at every unit of the
        // level: pages ask on every view, and nationally a level has tens of thousands of units
        for (Map.Entry<Long, Boolean> e : sources.schematicByUnit().entrySet()) {
            if (!e.getValue()) continue;
            var u = units.find(e.getKey());
            if (u.isPresent() && u.get().level() == level && u.get().validOn(on)) return true;
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static AdminUnit match(List<AdminUnit> candidates, Map<String, AdminUnit> byName, String code, String name) {
        if (code != null && !code.isBlank()) {
            String c = code.strip();
            for (AdminUnit u : candidates) {
                if (u.code().equals(c) || (c.length() < 12 && c.length() >= 6 && u.code().startsWith(c)
                        && u.code().substring(c.length()).chars().allMatch(ch -> ch == '0'))) {
                    return u;
                }
            }
        }
        return name == null ? null : byName.get(name.strip());
    }

    /** Checks a Polygon or MultiPolygon; returns the centre of its largest ring (or [0, 0] after problems). */
    private static double[] checkGeometry(JsonNode geometry, String where, List<String> problems) {
        if (geometry == null || geometry.isNull()) {
            problems.add(where + ": no geometry");
            return new double[2];
        }
        String type = text(geometry.get("type"));
        JsonNode coords = geometry.get("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        if ("Polygon".equals(type) && coords != null && coords.isArray()) {
            polygons.add(coords);
        } else if ("MultiPolygon".equals(type) && coords != null && coords.isArray()) {
            coords.forEach(polygons::add);
        } else {
            problems.add(where + ": geometry type '" + type + "' with coordinates " + (coords == null ? "missing" : "present")
                    + "; expected Polygon or MultiPolygon with coordinates");
            return new double[2];
        }
        List<double[]> largest = List.of();
        double largestArea = -1;
        for (int pi = 0; pi < polygons.size(); pi++) {
            JsonNode polygon = polygons.get(pi);
            if (!polygon.isArray() || polygon.isEmpty()) {
                problems.add(where + ": polygon " + pi + " has no rings");
                continue;
            }
            for (int ri = 0; ri < polygon.size(); ri++) {
                String at = where + ", polygon " + pi + ", ring " + ri;
                List<double[]> ring = ring(polygon.get(ri), at, problems);
                if (ring == null) continue;
                double a = Math.abs(SchematicPartition.area(ring));
                if (ri == 0 && a > largestArea) {
                    largestArea = a;
                    largest = ring;
                }
            }
        }
        return largest.isEmpty() ? new double[2] : SchematicPartition.centroid(largest.subList(0, largest.size() - 1));
    }

    private static List<double[]> ring(JsonNode node, String at, List<String> problems) {
        if (!node.isArray()) {
            problems.add(at + ": not an array of positions");
            return null;
        }
        List<double[]> ring = new ArrayList<>();
        boolean ok = true;
        for (int k = 0; k < node.size(); k++) {
            JsonNode pos = node.get(k);
            if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                problems.add(at + ", position " + k + ": not a [longitude, latitude] pair: " + clip(pos.toString()));
                ok = false;
                continue;
            }
            double lon = pos.get(0).doubleValue();
            double lat = pos.get(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                problems.add(at + ", position " + k + ": (" + lon + ", " + lat + ") is outside longitude/latitude range");
                ok = false;
            }
            ring.add(new double[] {lon, lat});
        }
        if (ring.size() < 4) {
            problems.add(at + ": " + ring.size() + " positions; a ring needs at least 4");
            return null;
        }
        double[] first = ring.get(0);
        double[] last = ring.get(ring.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            problems.add(at + ": not closed (first position " + first[0] + ", " + first[1] + " differs from last "
                    + last[0] + ", " + last[1] + ")");
            return null;
        }
        if (!ok) return null;
        int[] crossing = RingCheck.selfIntersection(ring);
        if (crossing != null) {
            problems.add(at + ": crosses itself (the edge from position " + crossing[0] + " crosses the edge from position " + crossing[1]
                    + "); a boundary never crosses itself");
            return null;
        }
        return ring;
    }

    /** A property as text: a value as written, an array or object as its JSON (clipped), so it matches nothing and is named. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        return node.isValueNode() ? node.asString() : clip(node.toString());
    }

    /** A text of the file as a problem quotes it: at most 60 characters (a problem list stays small whatever the file holds). */
    static String clip(String s) {
        if (s == null || s.length() <= 60) return s;
        return s.substring(0, 60) + "…(" + s.length() + " characters)";
    }
}
