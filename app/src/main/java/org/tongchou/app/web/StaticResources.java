package org.tongchou.app.web;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files: {@code /css/**}, {@code /js/**}, {@code /img/**} from {@code classpath:/static/} and
 * {@code /webjars/**} (ECharts, htmx; version-less paths resolved by webjars-locator-lite), each with a
 * caching resource chain. Mapped folder by folder instead of Boot's default {@code /**}
 * ({@code spring.web.resources.add-mappings: false}): with webjars-locator-lite the resource-URL encoding
 * filter is on, and under {@code /**} it looked every link a page renders ({@code /towns/...},
 * {@code /dashboard?period=...}) up as a file in the jar, in four locations, on every render, without
 * caching the misses: most of a dashboard view's CPU time (docs/benchmarks.md, "Web: dashboard load").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaticResources implements WebMvcConfigurer {
    static final String[] FOLDERS = {"css", "js", "img"};
    /**
     * The paths of static files: the folders above, the web jars and the favicon. Served to everyone, also during
     * a maintenance ({@link MaintenanceFilter}: its page keeps its style sheet).
     */
    static final List<String> PATHS = Stream.concat(Stream.of(FOLDERS).map(f -> "/" + f + "/"), Stream.of("/webjars/", "/favicon.ico")).toList();

    /** Whether {@code path} (without the context path) is a static file's: under one of {@link #PATHS}' folders, or one of its files. */
    static boolean isStatic(String path) {
        for (String p : PATHS) {
            if (p.endsWith("/") ? path.startsWith(p) : path.equals(p)) return true;
        }
        return false;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/").resourceChain(true);
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/").resourceChain(true);
        }
        // Any other path still reaches a (location-less) resource handler, as under Boot's /**, so that
        // unknown paths are answered 404 after the interceptors ran (?lang= applies to the error page);
        // without locations it resolves nothing and touches no file.
        registry.addResourceHandler("/**");
    }
}
