package org.tongchou.app.reports;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * No Chinese TrueType font was found where {@link ReportFonts} looks (503: the installation lacks it); the
 * message says where it looked and what to do.
 */
class NoFontException extends ReportRefusedException {
    NoFontException(List<String> searched) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "font", String.join(", ", searched),
                "no Chinese TrueType font found there; install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei) "
                        + "or set tongchou.reports.font (environment TONGCHOU_REPORTS_FONT) to a .ttf or .ttc file");
    }
}
