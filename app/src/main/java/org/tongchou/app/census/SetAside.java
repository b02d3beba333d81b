package org.tongchou.app.census;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A census figure kept aside with the reason (nothing is dropped silently): the census county's code and name
 * (or today's county, for a change that was not computed), its census year and figures. The national step
 * ({@link CensusNational}) and the load ({@link CensusLoader}) set figures aside alike, and both files of them
 * ({@code set-aside.csv}, {@code set-aside-load.csv}) have the same columns.
 */
record SetAside(int year, String code, String name, double resident, double urban, double households, String reason) {
    static final String HEADER = "year,code,name,resident,urban,households,reason";

    /** A census county's figures set aside. */
    static SetAside of(CensusRecord r, String reason) {
        return new SetAside(r.year(), r.code(), r.name(), r.resident(), r.urban(), r.households(), reason);
    }

    /** The figures as a CSV file (replaced if it exists). */
    static void write(Path file, List<SetAside> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (SetAside s : rows) {
                w.write(String.join(",", String.valueOf(s.year()), s.code(), CensusCsv.text(s.name()), CensusCsv.rounded(s.resident()),
                        CensusCsv.rounded(s.urban()), CensusCsv.rounded(s.households()), CensusCsv.text(s.reason())) + "\n");
            }
        }
    }
}
