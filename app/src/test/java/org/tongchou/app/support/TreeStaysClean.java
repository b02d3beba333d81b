package org.tongchou.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test class after which a file appeared in the source tree that git would pick up
 * (untracked and not ignored): tests write under {@code target/} (e.g. {@code tongchou.home} is
 * {@code target/test-home} in the test profiles) or a temporary directory, never beside the sources.
 * Registered for every test class through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled}; does nothing outside a git checkout.
 */
public class TreeStaysClean implements BeforeAllCallback, AfterAllCallback {
    /** The untracked files present before the first test class ran: a developer's own new files. */
    private static volatile Set<String> before;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TreeStaysClean.class) {
            if (before == null) before = untracked();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Set<String> now = untracked();
        if (now == null || before == null) return;
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        if (!added.isEmpty()) {
            synchronized (TreeStaysClean.class) {
                before = now; // report each file once
            }
            throw new AssertionError(context.getDisplayName() + " left files in the source tree that git would add: "
                    + added + "; write them under target/ or a @TempDir");
        }
    }

    /** {@code git ls-files --others --exclude-standard} of the repository, or null without git. */
    private static Set<String> untracked() throws IOException, InterruptedException {
        Path dir = Path.of("").toAbsolutePath();
        Path root = dir;
        while (root != null && !Files.exists(root.resolve(".git"))) root = root.getParent();
        if (root == null) return null;
        Process p = new ProcessBuilder("git", "ls-files", "--others", "--exclude-standard").directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
        return new HashSet<>(lines);
    }
}
