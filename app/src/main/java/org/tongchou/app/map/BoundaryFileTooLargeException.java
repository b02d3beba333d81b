package org.tongchou.app.map;

import org.springframework.http.HttpStatus;
import org.tongchou.app.web.Refusal;

/** A boundary file beyond {@link MapApiController#MAX_BOUNDARY_BYTES}: 413, nothing read further or stored. */
class BoundaryFileTooLargeException extends Refusal {
    BoundaryFileTooLargeException(long bytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, null, "the boundary file is larger than " + (MapApiController.MAX_BOUNDARY_BYTES >> 20) + " MB"
                + (bytes > 0 ? " (" + bytes + " bytes)" : "") + "; nothing was stored");
    }
}
