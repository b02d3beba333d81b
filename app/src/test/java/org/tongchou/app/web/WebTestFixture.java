package org.tongchou.app.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.security.DemoAccounts;

/** What every web test finds in place: the demo accounts, and a unit-keyed probe controller. */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebTestFixture.ScopeProbeController.class)
public class WebTestFixture {

    /** Created once per context: the demo accounts exist before any test runs. */
    public record Accounts(java.util.List<org.tongchou.app.security.DemoAccount> all) {
    }

    @Bean
    Accounts accounts(DemoAccounts demo) {
        return new Accounts(demo.ensure());
    }

    /**
     * A minimal handler with a {@code {unitCode}} path variable, to test the scope mechanism itself
     * independently of which unit pages exist. Imported explicitly (nested in a test configuration,
     * so component scanning skips it).
     */
    @RestController
    static class ScopeProbeController {
        record Probe(String unitCode, String access) {
        }

        @GetMapping("/api/test-probe/units/{unitCode}")
        Probe read(@PathVariable String unitCode) {
            return new Probe(unitCode, "read");
        }

        @PostMapping("/api/test-probe/units/{unitCode}")
        Probe write(@PathVariable String unitCode) {
            return new Probe(unitCode, "write");
        }
    }
}
