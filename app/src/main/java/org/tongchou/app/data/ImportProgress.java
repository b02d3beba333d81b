package org.tongchou.app.data;

/** Receives the progress of a long import (the command line draws a bar; the web may ignore it). */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String name, long total) {
        }

        @Override
        public void done(long done) {
        }
    };

    /** A new phase starts ("reading", "checking", "writing"); {@code total} 0 = unknown. */
    void phase(String name, long total);

    void done(long done);
}
