package org.tongchou.app.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the rows of another reader on a second thread, in batches, so that splitting a large file
 * into cells ({@link CsvReader}) and checking the cells ({@link ImportParser}) run on two cores at
 * once. Rows come out in file order with their row numbers; an error of the underlying reader is
 * thrown by {@link #next()} where it happened, after every row read before it (so the rows before a
 * malformed one are still checked and their problems reported).
 */
final class PrefetchingReader implements TableReader {
    private static final int BATCH = 4096;
    private static final Batch END = new Batch(new String[0][], new long[0], 0, 0, null);

    private record Batch(String[][] rows, long[] rowNumbers, int size, long position, Throwable error) {
    }

    private final TableReader in;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private Batch current = new Batch(new String[0][], new long[0], 0, 0, null);
    private int index;
    private long row;
    private boolean done;

    PrefetchingReader(TableReader in) {
        this.in = in;
        this.thread = new Thread(this::produce, "import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce() {
        try {
            while (true) {
                String[][] rows = new String[BATCH][];
                long[] numbers = new long[BATCH];
                int n = 0;
                Throwable error = null;
                try {
                    String[] r;
                    while (n < BATCH && (r = in.next()) != null) {
                        rows[n] = r;
                        numbers[n++] = in.rowNumber();
                    }
                } catch (IOException | RuntimeException | Error e) {
                    error = e; // handed over after the rows read before it
                }
                if (n > 0) queue.put(new Batch(rows, numbers, n, in.position(), null));
                if (error != null) {
                    queue.put(new Batch(null, null, 0, 0, error));
                    return;
                }
                if (n < BATCH) {
                    queue.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: stop reading
        }
    }

    @Override
    public String[] next() throws IOException {
        if (index == current.size) {
            if (done) return null;
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            index = 0;
            if (current.error() instanceof IOException e) throw e;
            if (current.error() instanceof RuntimeException e) throw e;
            if (current.error() instanceof Error e) throw e;
            if (current == END) {
                done = true;
                return null;
            }
        }
        row = current.rowNumbers()[index];
        return current.rows()[index++];
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public long position() {
        return current.position();
    }

    @Override
    public long size() {
        return in.size();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
