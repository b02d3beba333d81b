package org.tongchou.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.Terminal;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.security.Installation;

/**
 * With {@code tongchou.demo.load-if-empty=true} ({@code ./tongchou serve --demo}): loads the demo city
 * on start when the database holds neither the demo city nor any data value. Runs after the default
 * framework has been loaded (that loader is an application runner of lower order).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "tongchou.demo.load-if-empty", havingValue = "true")
class DemoOnStartup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

    private final DemoService demo;
    private final DataValueService values;
    private final Installation installation;

    DemoOnStartup(DemoService demo, DataValueService values, Installation installation) {
        this.demo = demo;
        this.installation = installation;
        this.values = values;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!installation.mayBecomeDemo()) {
            log.warn("demo city not loaded: this installation has users of its own and is no demo");
            return;
        }
        if (demo.loaded() || values.count() > 0) {
            log.info(Terminal.STAGE, "demo city not loaded: the database already holds units of it or data");
            return;
        }
        log.info(Terminal.STAGE, "loading the demo city 张家港市 (synthetic data) ...");
        log.info(Terminal.STAGE, demo.load(false).describe());
    }
}
