package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
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
 * At most {@value #MAX_ENTRIES} pages are kept, least recently used first out.
 */
@Component
public class RenderedContent {
    static final int MAX_ENTRIES = 256;
    /** Attributes of the layout (LayoutAdvice), rendered per request and not part of the content. */
    private static final Set<String> LAYOUT = Set.of("currentUser", "currentPath", "langQuery", "navLinks");
    /** The view that puts cached content into the layout. */
    static final String SHELL = "cached-content";

    private final SpringTemplateEngine templates;
    private final Map<Key, Content> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Content> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RenderedContent(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    private record Key(String view, Locale locale, String query, Map<String, Object> model) {
    }

    private record Content(String title, String main) {
    }

    /**
     * The view to return instead of {@code view}: the shell with this page's title and main content,
     * rendered now or taken from the cache.
     */
    public String page(String view, Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> content = new LinkedHashMap<>();
        model.asMap().forEach((name, value) -> {
            if (!LAYOUT.contains(name) && !name.startsWith("org.springframework.")) content.put(name, value);
        });
        Locale locale = LocaleContextHolder.getLocale();
        Key key = new Key(view, locale, request.getQueryString(), content);
        Content c;
        synchronized (cache) {
            c = cache.get(key);
        }
        if (c == null) {
            WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), locale, model.asMap());
            c = new Content(templates.process(view, Set.of("title"), context), templates.process(view, Set.of("main"), context));
            synchronized (cache) {
                cache.put(key, c);
            }
        }
        model.addAttribute("renderedTitle", c.title());
        model.addAttribute("renderedMain", c.main());
        return SHELL;
    }

    /** Pages held now (for tests and monitoring). */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
