package org.tongchou.app.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plumbing that the tests of signed-in pages and their API on a city of their own share (a {@link WebAppTest}
 * class extends it): the server's port for {@link HttpTestClient}, the demo accounts' password, a JSON mapper, and
 * what loads the city ({@link ThreeTownCity#createOnce}, the report fixture): the database, the framework,
 * indicator and value services. A test injects what else it needs itself.
 */
public abstract class SignedInPageTest {
    /** The password of the demo accounts ({@code admin}, {@code analyst}, {@code leader}, …). */
    protected static final String PW = DemoAccounts.PASSWORD;
    protected final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected FrameworkService frameworks;
    @Autowired
    protected IndicatorService indicators;
    @Autowired
    protected DataValueService values;
}
