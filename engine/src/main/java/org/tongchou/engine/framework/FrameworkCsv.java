package org.tongchou.engine.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;

/**
 * Reads a framework from a COINr-style indicator metadata table ({@code iMeta}): required columns
 * {@code iCode}, {@code Level}, {@code Parent}, {@code Weight}; optional {@code iName}, {@code Direction}
 * (+1/-1, default +1), {@code Denominator}, {@code Target}, {@code Type}. Rows whose {@code Type} is
 * {@code Group}, {@code Denominator} or {@code Other}, or whose Level is empty/NA, are not tree nodes
 * and are skipped. Every problem in the file is reported at once.
 */
public final class FrameworkCsv {
    private FrameworkCsv() {
    }

    /**
     * @param file a COINr-style iMeta CSV
     * @return the framework
     * @throws CsvFormatException listing every problem of the file and of the tree, with lines
     */
    public static Framework read(Path file) {
        return read(CsvTable.read(file));
    }

    /**
     * @param t a COINr-style iMeta table
     * @return the framework
     * @throws CsvFormatException listing every problem of the table and of the tree, with lines
     */
    public static Framework read(CsvTable t) {
        List<CsvProblem> problems = new ArrayList<>();
        int cCode = need(t, "iCode", problems);
        int cLevel = need(t, "Level", problems);
        int cParent = need(t, "Parent", problems);
        int cWeight = need(t, "Weight", problems);
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        int cName = t.columnIndex("iName");
        int cDir = t.columnIndex("Direction");
        int cDen = t.columnIndex("Denominator");
        int cTarget = t.columnIndex("Target");
        int cType = t.columnIndex("Type");
        List<FrameworkNode> nodes = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            int line = t.line(r);
            String type = cType < 0 ? "" : row.get(cType).trim();
            String levelText = row.get(cLevel).trim();
            if (type.equalsIgnoreCase("Group") || type.equalsIgnoreCase("Denominator") || type.equalsIgnoreCase("Other")
                    || Double.isNaN(DatasetCsv.parseNumber(levelText))) {
                continue;
            }
            String code = row.get(cCode).trim();
            if (code.isEmpty()) problems.add(new CsvProblem(t.source(), line, "iCode", "empty code"));
            double lv = DatasetCsv.parseNumber(levelText);
            if (lv != Math.rint(lv) || lv < 1) {
                problems.add(new CsvProblem(t.source(), line, "Level", "'" + levelText + "' is not a whole number >= 1"));
            }
            String parent = nullIfMissing(row.get(cParent));
            String wText = row.get(cWeight).trim();
            double w = DatasetCsv.parseNumber(wText);
            if (!(w >= 0) || Double.isInfinite(w)) {
                problems.add(new CsvProblem(t.source(), line, "Weight", "'" + wText + "' is not a number >= 0"));
            }
            Direction dir = Direction.POSITIVE;
            if (cDir >= 0 && nullIfMissing(row.get(cDir)) != null) {
                try {
                    dir = Direction.parse(row.get(cDir));
                } catch (EngineInputException e) {
                    problems.add(new CsvProblem(t.source(), line, "Direction", e.getMessage()));
                }
            }
            String name = cName < 0 ? code : row.get(cName).trim();
            String den = cDen < 0 ? null : nullIfMissing(row.get(cDen));
            double target = cTarget < 0 ? Double.NaN : DatasetCsv.parseNumber(row.get(cTarget).trim());
            if (cTarget >= 0 && Double.isNaN(target) && nullIfMissing(row.get(cTarget)) != null) {
                problems.add(new CsvProblem(t.source(), line, "Target", "'" + row.get(cTarget) + "' is not a number"));
            }
            nodes.add(new FrameworkNode(code, name, (int) lv, parent, w, dir, den, target));
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        try {
            return new Framework(nodes);
        } catch (EngineInputException e) {
            throw new CsvFormatException(List.of(new CsvProblem(t.source(), 1, null, e.getMessage())));
        }
    }

    private static int need(CsvTable t, String column, List<CsvProblem> problems) {
        int c = t.columnIndex(column);
        if (c < 0) problems.add(new CsvProblem(t.source(), 1, column, "required column missing; header is " + t.header()));
        return c;
    }

    private static String nullIfMissing(String s) {
        String v = s.trim();
        return v.isEmpty() || v.equalsIgnoreCase("NA") ? null : v;
    }
}
