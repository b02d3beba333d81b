package org.tongchou.app.pgcopy;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows in PostgreSQL's binary COPY format (big-endian lengths and values, no text parsing on
 * the server) into a COPY … FROM STDIN (FORMAT binary), through a 1 MB buffer.
 *
 * <p>Why hand-written: the transport is the JDBC driver's ({@link CopyIn}); what is left is the format's
 * framing — a fixed header, per row a field count, per field a length and the big-endian value, a trailer
 * (PostgreSQL documentation, "COPY", binary format) — for the field types the value import and an evaluation run's
 * result rows write. The one
 * library for it, PgBulkInsert (de.bytefish:pgbulkinsert), maps one Java object per row through getter
 * functions, so the import's primitive columns (the data module's staged values) would have to become millions of row
 * objects; that is the allocation the bulk path exists to avoid. The PostgreSQL import tests read the copied
 * rows back.
 */
public final class PgBinaryRows {
    /** Microseconds from the Unix epoch to 2000-01-01, PostgreSQL's timestamp epoch. */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private final CopyIn in;
    private final byte[] buf = new byte[1 << 20];
    private int len;

    public PgBinaryRows(CopyIn in) {
        this.in = in;
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        len = HEADER.length;
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} as the binary format's microseconds since 2000-01-01 UTC. */
    public static long timestamp(OffsetDateTime t) {
        var i = t.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000 - PG_EPOCH_MICROS;
    }

    /** Starts a row of {@code fields} fields. */
    public void row(int fields) throws SQLException {
        ensure(2);
        short16(fields);
    }

    /** A {@code BIGINT}. */
    public void int8(long v) throws SQLException {
        ensure(12);
        int32(8);
        long64(v);
    }

    /** An {@code INTEGER}. */
    public void int4(int v) throws SQLException {
        ensure(8);
        int32(4);
        int32(v);
    }

    /** A {@code DOUBLE PRECISION}, bit for bit (NaN too: callers that mean "missing" write {@link #nul()}). */
    public void float8(double v) throws SQLException {
        ensure(12);
        int32(8);
        long64(Double.doubleToRawLongBits(v));
    }

    /** NULL. */
    public void nul() throws SQLException {
        ensure(4);
        int32(-1);
    }

    /** A text field ({@code VARCHAR}, {@code TEXT}): its UTF-8 bytes, no escaping (the binary format has none). */
    public void text(String v) throws SQLException {
        bytes(v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A field of these bytes as they are (text as UTF-8). */
    public void bytes(byte[] b) throws SQLException {
        ensure(4 + b.length);
        int32(b.length);
        if (4 + b.length > buf.length) {
            flush();
            in.writeToCopy(b, 0, b.length);
        } else {
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }
    }

    /** Writes the trailer and sends what is buffered; the caller ends the COPY. */
    public void end() throws SQLException {
        ensure(2);
        short16(-1);
        flush();
    }

    private void ensure(int n) throws SQLException {
        if (len + n > buf.length) flush();
    }

    private void flush() throws SQLException {
        in.writeToCopy(buf, 0, len);
        len = 0;
    }

    private void short16(int v) {
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void int32(int v) {
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void long64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
