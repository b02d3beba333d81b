package org.tongchou.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Unit codes bound to a query as arrays ({@code column = ANY(?)}), never one parameter per code: the codes of an area
 * (a province has tens of thousands of units, {@link ScopeService#codesWithin}) exceed PostgreSQL's 65,535 parameters of
 * a statement as an {@code IN} list. Each array holds at most {@link #CHUNK} codes; a set of more is bound as several
 * arrays joined by {@code OR}, still one statement.
 */
public final class AreaCodes {
    /** Most codes in one array parameter. */
    public static final int CHUNK = 50_000;

    private AreaCodes() {
    }

    /** The codes in arrays of at most {@link #CHUNK}, in the order given. */
    public static List<List<String>> chunks(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    /** One chunk as an SQL array parameter (varchar[]), for {@code column = ANY(:name)}. */
    public static SqlArrayValue array(List<String> chunk) {
        return new SqlArrayValue("varchar", chunk.toArray());
    }

    /**
     * {@code (column = ANY(:name0) OR column = ANY(:name1) ...)} over the codes, the arrays put into {@code params} under
     * {@code name0}, {@code name1} ...; {@code FALSE} for no codes.
     */
    public static String anyOf(String column, String name, Collection<String> codes, Map<String, Object> params) {
        List<List<String>> chunks = chunks(codes);
        if (chunks.isEmpty()) return "FALSE";
        StringBuilder sql = new StringBuilder("(");
        for (int k = 0; k < chunks.size(); k++) {
            if (k > 0) sql.append(" OR ");
            sql.append(column).append(" = ANY(:").append(name).append(k).append(')');
            params.put(name + k, array(chunks.get(k)));
        }
        return sql.append(')').toString();
    }
}
