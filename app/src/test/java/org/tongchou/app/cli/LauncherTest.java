package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** How the command line is split between the web application and the commands, and what it says. */
class LauncherTest {

    @Test
    void serveIsTheDefaultAndSpringOptionsAloneMeanServe() {
        assertThat(Launcher.isServe(new String[0])).isTrue();
        assertThat(Launcher.isServe(new String[] {"serve", "--demo"})).isTrue();
        assertThat(Launcher.isServe(new String[] {"--spring.profiles.active=postgres"})).isTrue();
        assertThat(Launcher.isServe(new String[] {"units"})).isFalse();
        assertThat(Launcher.isServe(new String[] {"--help"})).isFalse();
    }

    @Test
    void demoOnServeLoadsTheCityAndShowsTheAccounts() {
        assertThat(Launcher.translateServeOptions(new String[] {"--demo", "--server.port=0"}))
                .containsExactly("--tongchou.demo.load-if-empty=true", "--tongchou.demo.accounts-visible=true", "--server.port=0");
    }

    @Test
    void verboseSwapsStageLinesForTheWholeLog() {
        assertThat(Launcher.loggingProperties(false)).containsEntry("tongchou.log.stage-threshold", "TRACE")
                .containsEntry("tongchou.log.verbose-threshold", "OFF")
                .containsEntry("logging.file.name", "${tongchou.home}/data/logs/tongchou.log")
                .containsEntry("logging.config", "classpath:logback-tongchou.xml");
        assertThat(Launcher.loggingProperties(true)).containsEntry("tongchou.log.stage-threshold", "OFF")
                .containsEntry("tongchou.log.verbose-threshold", "TRACE");
    }

    @Test
    void aFailedStartNamesTheInnermostCause() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Launcher.startFailure(new IllegalStateException("context failed", new BindException("Address already in use")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("error: Tongchou could not start: Address already in use"
                + System.lineSeparator() + "(details in the log: ");
    }

    @Test
    void theAddressABrowserOpens() {
        assertThat(ServeAnnouncement.url(new MockEnvironment(), 8080)).isEqualTo("http://localhost:8080/");
        assertThat(ServeAnnouncement.url(new MockEnvironment().withProperty("server.address", "0.0.0.0"), 80)).isEqualTo("http://localhost:80/");
        assertThat(ServeAnnouncement.url(new MockEnvironment().withProperty("server.address", "10.0.0.5")
                .withProperty("server.ssl.enabled", "true").withProperty("server.servlet.context-path", "/tongchou"), 8443))
                .isEqualTo("https://10.0.0.5:8443/tongchou/");
    }
}
