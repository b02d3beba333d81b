package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the {@code <title>} and {@code <main>} of a page once and serves the same HTML again for an
 * equal model. The leaders' pages are rendered from stored evaluation runs, which never change, and most
 * of their cost is template rendering (docs/benchmarks.md, "Web: dashboard load"), so a page whose model
 * is equal to one already rendered — same view records, run, plan, periods, flags, query and language —
 * is served from here; the layout around it (user, navigation, CSRF token) is rendered for each request.
 *
 * <p>Correctness rests on the key being the model itself: anything the content shows is in the model
 * (records compared by value), so a changed figure, a new run, a publication or another query gives
 * another key. The layout's own attributes are left out of the key; content must not use them. Session
 * ids never appear in links (cookie tracking only, application.yml), so the HTML holds nothing personal.
 * At most {@value #MAX_ENTRIES} pages are kept; beyond that the least recently served goes.
 *
 * <p>The content is kept as UTF-8 bytes and the answer is put together from the layout rendered for
 * this request and those bytes: encoding a page's characters again on every request was the largest
 * cost left once it was cached (a profile of /dashboard under load). The layout is rendered with the
 * same context variables Spring's Thymeleaf view gives a template (request context, CSRF fields of
 * forms, the application context for expressions).
 */
@Component
public class RenderedContent {
    static final int MAX_ENTRIES = 256;
    /** Attributes of the layout (LayoutAdvice), rendered per request and not part of the content. */
    private static final Set<String> LAYOUT = Set.of("currentUser", "currentPath", "langQuery", "navLinks");
    /** The view that puts cached content into the layout. */
    static final String SHELL = "cached-content";
    /** Where the content goes in the rendered layout; cannot occur in a page (a NUL character). */
    private static final String SLOT = "\u0000tongchou-content\u0000";
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    /** Spring MVC's conversion service, for expressions (what Spring's Thymeleaf view passes); looked up once. */
    private volatile ConversionService conversions;
    /**
     * Concurrent: a lock around the map was the bottleneck under load (every reader hashed the big key
     * inside it). Keys hash once, when made.
     */
    private final Map<Key, Content> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();

    RenderedContent(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** The model compared by value; its hash is computed once. */
    private static final class Key {
        private final String view;
        private final Locale locale;
        private final String query;
        private final Map<String, Object> model;
        private final int hash;

        Key(String view, Locale locale, String query, Map<String, Object> model) {
            this.view = view;
            this.locale = locale;
            this.query = query;
            this.model = model;
            this.hash = java.util.Objects.hash(view, locale, query, model);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.view.equals(view) && k.locale.equals(locale)
                    && java.util.Objects.equals(k.query, query) && k.model.equals(model);
        }
    }

    /** {@code used}: when it was last served, on the cache's own clock (for eviction). */
    private static final class Content {
        final String title;
        final byte[] main;
        volatile long used;

        Content(String title, byte[] main) {
            this.title = title;
            this.main = main;
        }

        String title() {
            return title;
        }

        byte[] main() {
            return main;
        }
    }

    /**
     * The page: the layout rendered for this request around the title and main content of {@code view},
     * rendered now or taken from the cache.
     */
    public ResponseEntity<byte[]> page(String view, Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> content = new LinkedHashMap<>();
        model.asMap().forEach((name, value) -> {
            if (!LAYOUT.contains(name) && !name.startsWith("org.springframework.")) content.put(name, value);
        });
        Locale locale = LocaleContextHolder.getLocale();
        Key key = new Key(view, locale, request.getQueryString(), content);
        Content c = cache.get(key);
        if (c == null) {
            WebExpressionContext context = context(model.asMap(), locale, request, response);
            c = new Content(templates.process(view, Set.of("title"), context),
                    templates.process(view, Set.of("main"), context).getBytes(StandardCharsets.UTF_8));
            cache.put(key, c);
            if (cache.size() > MAX_ENTRIES) evictLeastRecentlyUsed();
        }
        c.used = clock.incrementAndGet();
        Map<String, Object> layout = new LinkedHashMap<>(model.asMap());
        layout.put("renderedTitle", c.title());
        layout.put("renderedMain", SLOT);
        String page = templates.process(SHELL, context(layout, locale, request, response));
        int at = page.indexOf(SLOT);
        byte[] head = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = page.substring(at + SLOT.length()).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + c.main().length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(c.main(), 0, body, head.length, c.main().length);
        System.arraycopy(tail, 0, body, head.length + c.main().length, tail.length);
        return ResponseEntity.ok().contentType(HTML).body(body);
    }

    /** The variables Spring's Thymeleaf view gives a template, and the model. */
    private WebExpressionContext context(Map<String, Object> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, Object> vars = new LinkedHashMap<>(model);
        RequestContext rc = new RequestContext(request, response, request.getServletContext(), model);
        vars.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, rc);
        vars.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, rc);
        vars.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT, new SpringWebMvcThymeleafRequestContext(rc, request));
        if (conversions == null) conversions = application.getBeanProvider(ConversionService.class).getIfUnique();
        vars.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        WebExpressionContext context = new WebExpressionContext(templates.getConfiguration(),
                JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response), locale);
        context.setVariables(vars);
        return context;
    }

    private void evictLeastRecentlyUsed() {
        cache.entrySet().stream().min(java.util.Comparator.comparingLong(e -> e.getValue().used))
                .ifPresent(e -> cache.remove(e.getKey(), e.getValue()));
    }

    /** Pages held now (for tests and monitoring). */
    public int size() {
        return cache.size();
    }
}
