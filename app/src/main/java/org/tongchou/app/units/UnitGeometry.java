package org.tongchou.app.units;

/**
 * The optional shape of a unit version: GeoJSON geometry text (WGS 84) and a centroid. Either part may
 * be absent (null).
 */
public record UnitGeometry(long unitId, String geoJson, Double centroidLon, Double centroidLat) {
    public UnitGeometry {
        if ((centroidLon == null) != (centroidLat == null)) {
            throw new IllegalArgumentException("unit " + unitId + ": give both centroid longitude and latitude, or neither");
        }
        if (centroidLon != null && (centroidLon < -180 || centroidLon > 180 || centroidLat < -90 || centroidLat > 90)) {
            throw new IllegalArgumentException("unit " + unitId + ": centroid (" + centroidLon + ", " + centroidLat
                    + ") is not a longitude/latitude pair");
        }
        if (geoJson != null && !geoJson.strip().startsWith("{")) {
            throw new IllegalArgumentException("unit " + unitId + ": geometry is not a GeoJSON object: "
                    + geoJson.substring(0, Math.min(40, geoJson.length())));
        }
    }
}
