package org.tongchou.app.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Indicator frameworks: import and export as YAML, and the default framework shipped with the product. */
@Service
public class FrameworkService {
    /** Classpath location of the default framework (docs/indicators.md lists it). */
    public static final String DEFAULT_RESOURCE = "/frameworks/default.yml";
    private static final Logger log = LoggerFactory.getLogger(FrameworkService.class);

    private final FrameworkRepository repository;
    private final IndicatorService indicators;
    /**
     * Stored frameworks as last read, for the pages that name every node on every view. Valid while
     * the indicator catalogue is the same instance (a change of indicators, or
     * {@link IndicatorService#invalidate()} after tables were emptied, makes a new one) and until the
     * next import through this service, the only writer of frameworks.
     */
    private volatile Snapshot snapshot;
    /** Counts imports, so that a snapshot read while an import commits is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private record Snapshot(IndicatorCatalog catalog, List<String> codes, java.util.Map<String, Optional<Framework>> byCode) {
    }

    public FrameworkService(FrameworkRepository repository, IndicatorService indicators) {
        this.repository = repository;
        this.indicators = indicators;
    }

    /**
     * Stores a framework: its indicators are added or replaced by code (indicators of other frameworks
     * stay), its tree replaces the tree of the framework with the same code. All or nothing.
     *
     * @throws IndicatorDefinitionException naming every bad node
     */
    @Transactional
    public void importFramework(Framework framework) {
        framework.validate();
        indicators.define(framework.indicators());
        repository.replace(framework);
        forget();
    }

    /** Drops the snapshot now and again once the surrounding transaction ends, so no reader keeps the old tree. */
    private void forget() {
        generation.incrementAndGet();
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    snapshot = null;
                }
            });
        }
    }

    /** Reads a YAML framework (see {@link FrameworkYaml}) and stores it. */
    @Transactional
    public Framework importYaml(Reader reader, String source) {
        Framework f = FrameworkYaml.read(reader, source);
        importFramework(f);
        return f;
    }

    /** Reads a framework file as given (strict UTF-8, see {@link FrameworkYaml#read(byte[], String)}) and stores it. */
    @Transactional
    public Framework importYaml(byte[] content, String source) {
        Framework f = FrameworkYaml.read(content, source);
        importFramework(f);
        return f;
    }

    public Framework importYaml(Path file) {
        try {
            return importYaml(org.tongchou.app.web.TextDocument.yamlBytes(file, file.toString(), "framework file"), file.toString());
        } catch (org.tongchou.app.web.TextDocument.UnreadableDocumentException e) {
            throw new IndicatorDefinitionException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The stored framework with every indicator known to the application (so that its formulas resolve). */
    public Optional<Framework> find(String code) {
        Snapshot s = current();
        Optional<Framework> f = s.byCode().get(code);
        if (f != null) return f;
        f = repository.find(code, indicators.list());
        // only stored frameworks are kept: codes asked for that do not exist must not fill the map
        if (f.isPresent() && snapshot == s) s.byCode().put(code, f);
        return f;
    }

    /** Codes of the stored frameworks, oldest first; the first is the one shown by default. */
    public List<String> codes() {
        return current().codes();
    }

    private Snapshot current() {
        IndicatorCatalog catalog = indicators.catalog();
        Snapshot s = snapshot;
        if (s == null || s.catalog() != catalog) {
            long before = generation.get();
            s = new Snapshot(catalog, List.copyOf(repository.codes()), new java.util.concurrent.ConcurrentHashMap<>());
            if (generation.get() == before) snapshot = s;
        }
        return s;
    }

    /** The framework shown by default: the oldest stored one. */
    public Optional<Framework> primary() {
        return codes().stream().findFirst().flatMap(this::find);
    }

    public void exportYaml(String code, Writer writer) {
        Framework f = find(code).orElseThrow(() -> new IllegalArgumentException("unknown framework '" + code + "' (known: " + codes() + ")"));
        FrameworkYaml.write(f, writer);
    }

    /** The default framework as shipped (not stored). */
    public static Framework shippedDefault() {
        try (InputStream in = FrameworkService.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the application");
            return FrameworkYaml.read(in.readAllBytes(), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the shipped default framework when no framework is stored yet. Returns whether it loaded it. */
    @Transactional
    public boolean loadDefaultIfEmpty() {
        if (repository.count() > 0) return false;
        Framework f = shippedDefault();
        importFramework(f);
        log.info("loaded the default indicator framework '{}' ({} indicators)", f.code(), f.indicators().size());
        return true;
    }
}
