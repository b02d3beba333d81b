package org.tongchou.app.indicators;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every start: loads the default framework into a database that has none (first start). Runs before other runners. */
@Component
@Order(0)
class DefaultFrameworkLoader implements ApplicationRunner {
    private final FrameworkService frameworks;

    DefaultFrameworkLoader(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        frameworks.loadDefaultIfEmpty();
    }
}
