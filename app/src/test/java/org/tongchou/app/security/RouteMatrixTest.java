package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.TestTokens;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * The role × route matrix, generated from the application's own route table: every route that
 * {@code RequestMappingHandlerMapping} maps (pages, API, libraries' routes), with every method it
 * answers, called by every kind of caller (not signed in, a town reporter, a leader, an analyst, an
 * administrator), for the reporter's own town and for another town where the route concerns units, and
 * compared with the route's declared policy ({@link Access}, {@link RoutePolicies}).
 *
 * <ul>
 * <li>A route without a declared policy fails the test (and is refused to everyone at run time).</li>
 * <li>A <b>leak</b>: a caller the policy refuses was not refused (anything but 401, 403 or a redirect to
 * the sign-in page; for another town's object addressed by id also 404, which hides that it exists).
 * Every refused call is made, writes included: a refused write changes nothing.</li>
 * <li>A <b>content leak</b>: an answer the town reporter is given (any route, any text type: JSON, pages, CSV)
 * holds the other town's unpublished data: the text of its unpublished commitment or its draft value. The
 * reporter's own commitment and value are checked to be in the commitment list and the value export, so that
 * the check sees what it looks for.</li>
 * <li>A <b>false refusal</b>: a caller the policy admits was refused. Reads are made; writes a caller may
 * make are not (they would change the data the other calls see), and are counted as not exercised.</li>
 * </ul>
 *
 * API routes are called as scripts call them (an API token of the user, no session), pages with a
 * session of the user and a CSRF token. The matrix, one line per route and method, is written to
 * {@code target/route-matrix.txt}.
 */
@WebAppTest
class RouteMatrixTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String OWN = WebTestFixture.YANGSHE;
    private static final String OTHER = WebTestFixture.TANGQIAO;
    private static final String REPORTER = "reporter-320582100";
    /** The access-denied page: it answers 403 to whoever opens it, by design. */
    private static final String DENIED_PAGE = "/denied";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** A leader of the province both towns lie in (江苏), and a leader of another prefecture of it (南通). */
    private static final String PROVINCE_LEADER = "leader-matrix-320000";
    private static final String PREFECTURE_LEADER = "leader-matrix-320600";
    private static final String NANTONG = "320600000000";
    /** The area leaders' password (the demo accounts' short one is accepted for demo accounts only). */
    private static final String AREA_PW = "Matrix-area-leader-2026";

    /**
     * Who calls; {@code inScope}: the units (own town, other town) of a scoped caller's scope (a reporter's town, an
     * area leader's area), every unit for an unscoped caller.
     */
    enum Caller {
        ANONYMOUS(null, null, "anon", Set.of(Variant.OWN_UNIT, Variant.OTHER_UNIT)),
        REPORTER(RouteMatrixTest.REPORTER, Role.REPORTER, "rep", Set.of(Variant.OWN_UNIT)),
        LEADER("leader", Role.LEADER, "lead", Set.of(Variant.OWN_UNIT, Variant.OTHER_UNIT)),
        PROVINCE_LEADER(RouteMatrixTest.PROVINCE_LEADER, Role.LEADER, "prov", Set.of(Variant.OWN_UNIT, Variant.OTHER_UNIT)),
        PREFECTURE_LEADER(RouteMatrixTest.PREFECTURE_LEADER, Role.LEADER, "pref", Set.of()),
        ANALYST("analyst", Role.ANALYST, "anal", Set.of(Variant.OWN_UNIT, Variant.OTHER_UNIT)),
        ADMIN("admin", Role.ADMIN, "adm", Set.of(Variant.OWN_UNIT, Variant.OTHER_UNIT));

        final String username;
        final Role role;
        final String label;
        final Set<Variant> inScope;

        Caller(String username, Role role, String label, Set<Variant> inScope) {
            this.username = username;
            this.role = role;
            this.label = label;
            this.inScope = inScope;
        }

        /** Whether the unit of this variant lies outside the caller's scope. */
        boolean outside(Variant v) {
            return v != Variant.NO_UNIT && !inScope.contains(v);
        }
    }

    /** For which unit: the reporter's own town, another town, or a route that concerns no unit given in the request. */
    enum Variant { OWN_UNIT, OTHER_UNIT, NO_UNIT }

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;
    @Autowired
    UserService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private MockMvc mvc;
    /** Objects of the own and the other town, addressed by id: unpublished commitments. */
    private static Map<Variant, String> commitmentIds;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (commitmentIds == null) {
            areaLeaders();
            commitmentIds = commitments();
        }
    }

    /** The leader of 江苏 (both towns are in its area) and of 南通 (neither is), made once. */
    private void areaLeaders() {
        if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = ?").param(NANTONG).query(Long.class).single() == 0) {
            long province = jdbc.sql("SELECT id FROM admin_unit WHERE code = '320000000000'").query(Long.class).single();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(NANTONG, "南通市", "PREFECTURE", "市", province, LocalDate.of(2023, 1, 1)).update();
        }
        users.create(new NewUser(PROVINCE_LEADER, "江苏省领导", AREA_PW, Role.LEADER, "320000000000"), "matrix");
        users.create(new NewUser(PREFECTURE_LEADER, "南通市领导", AREA_PW, Role.LEADER, NANTONG), "matrix");
    }

    /** One meeting with an unpublished commitment of the reporter's town and one of another town. */
    private Map<Variant, String> commitments() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String meeting = create("/api/meetings", "{\"kind\":\"QUARTERLY_REVIEW\",\"title\":\"权限矩阵\",\"heldOn\":\"" + today.minusDays(2)
                + "\",\"hostUnit\":\"" + OWN + "\",\"items\":[{\"part\":\"REQUIREMENT\",\"title\":\"争先进位\"}]}");
        Map<Variant, String> ids = new LinkedHashMap<>();
        for (Variant v : List.of(Variant.OWN_UNIT, Variant.OTHER_UNIT)) {
            String town = v == Variant.OWN_UNIT ? OWN : OTHER;
            ids.put(v, create("/api/meetings/" + meeting + "/commitments", "{\"town\":\"" + town + "\",\"text\":\"" + (v == Variant.OWN_UNIT ? OWN_MARK : OTHER_MARK) + "\","
                    + "\"ownerOffice\":\"党委办\",\"kind\":\"MILESTONE\",\"deadline\":\"" + today.plusDays(20) + "\"}"));
        }
        // a draft value of each town (figures no other test writes): the other town's must appear in no answer to the reporter
        String csv = "unit,indicator,period,value,comment\n" + OWN + ",farmland,2024," + OWN_VALUE + ",矩阵\n" + OTHER + ",farmland,2024," + OTHER_VALUE
                + ",矩阵\n";
        int status = mvc.perform(MockMvcRequestBuilders.multipart("/api/data/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "matrix.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(TestTokens.bearer("analyst", PW))).andReturn().getResponse().getStatus();
        assertThat(status).as("the matrix's draft values imported").isEqualTo(200);
        return ids;
    }

    /** The text of the unpublished commitment of the reporter's town, and of the other town's. */
    private static final String OWN_MARK = "矩阵承诺本镇";
    private static final String OTHER_MARK = "矩阵承诺他镇";
    /** Draft values of the reporter's town and of the other town. */
    private static final String OWN_VALUE = "13579.24";
    private static final String OTHER_VALUE = "86421.97";

    /**
     * What of the other town's unpublished data an answer to the reporter shows: its commitment's text or its draft
     * value (as typed or with a thousands separator), in any text answer (JSON, HTML, CSV); null when none.
     */
    private static String otherTownsData(MockHttpServletResponse r) throws IOException {
        String type = r.getContentType() == null ? "" : r.getContentType();
        if (!(type.isEmpty() || type.contains("json") || type.contains("html") || type.contains("text") || type.contains("csv") || type.contains("xml"))) {
            return null;
        }
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        for (String mark : List.of(OTHER_MARK, OTHER_VALUE, "86,421.97")) if (body.contains(mark)) return mark;
        return null;
    }

    private String create(String path, String body) throws Exception {
        String out = mvc.perform(MockMvcRequestBuilders.post(path).with(TestTokens.bearer("analyst", PW))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return String.valueOf(((Number) JsonPath.read(out, "$.id")).longValue());
    }

    /** One route (one pattern of a mapping) with one method. */
    record Route(String method, String pattern, HandlerMethod handler, MediaType consumes) {
        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    /** Every mapped route of the application, with its methods (a mapping without methods: GET and POST). */
    private List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
            for (String pattern : info.getPatternValues()) {
                MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
                for (RequestMethod m : methods) out.add(new Route(m.name(), pattern, e.getValue(), consumes));
            }
        }
        out.sort((a, b) -> (a.pattern() + " " + a.method()).compareTo(b.pattern() + " " + b.method()));
        return out;
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        List<String> missing = routes().stream().filter(r -> RoutePolicies.of(r.handler()).isEmpty())
                .map(r -> r.method() + " " + r.pattern() + " (" + r.handler().getShortLogMessage() + ")").distinct().toList();
        assertThat(missing).as("routes without a declared access policy (@Access on the handler, or RoutePolicies.TABLE)").isEmpty();
    }

    @Test
    void theTableListsOnlyHandlersThatCannotCarryTheAnnotation() {
        for (String handler : RoutePolicies.TABLE.keySet()) {
            assertThat(handler).as("a feature's handler declares its policy with @Access")
                    .matches("org\\.tongchou\\.app\\.web\\..*|org\\.spring.*");
        }
    }

    @Test
    void everyRoleOnEveryRouteGetsWhatThePolicySays() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<String> falseRefusals = new ArrayList<>();
        List<String> contentLeaks = new ArrayList<>();
        int reporterAnswers = 0;
        Map<String, String> matrix = new TreeMap<>();
        int calls = 0;
        int notExercised = 0;
        for (Route route : routes()) {
            Optional<RoutePolicies.Policy> declared = RoutePolicies.of(route.handler());
            if (declared.isEmpty()) continue; // the test above names it
            RoutePolicies.Policy policy = declared.get();
            StringBuilder line = new StringBuilder();
            for (Variant variant : variants(route, policy)) {
                line.append(variant == Variant.NO_UNIT ? "" : variant == Variant.OWN_UNIT ? " own:" : " other:");
                for (Caller caller : Caller.values()) {
                    boolean allowed = allowed(policy, caller, variant);
                    if (allowed && !SAFE.contains(route.method())) {
                        notExercised++;
                        line.append(" ").append(caller.label).append("=w");
                        continue;
                    }
                    String uri = uri(route.pattern(), variant);
                    MockHttpServletResponse response = call(route, uri, caller);
                    calls++;
                    int status = response.getStatus();
                    boolean refused = status == 401 || (status == 403 && !route.pattern().equals(DENIED_PAGE)) || signInRedirect(response)
                            || (status == 404 && caller.outside(variant) && caller != Caller.ANONYMOUS);
                    line.append(" ").append(caller.label).append("=").append(status);
                    String what = route.method() + " " + uri + " as " + caller + " -> " + status + " (" + route.handler().getShortLogMessage() + ")";
                    if (!allowed && !refused) leaks.add(what);
                    if (allowed && refused) falseRefusals.add(what);
                    if (caller == Caller.REPORTER && !refused && status / 100 == 2) {
                        reporterAnswers++;
                        String shown = otherTownsData(response);
                        if (shown != null) contentLeaks.add(what + " shows the other town's unpublished '" + shown + "'");
                        if (route.pattern().equals("/api/commitments") || route.pattern().equals("/api/data/export")) {
                            String body = response.getContentAsString(StandardCharsets.UTF_8);
                            if (!body.contains(route.pattern().equals("/api/commitments") ? OWN_MARK : OWN_VALUE)) {
                                contentLeaks.add(what + " lacks the reporter's own town (the check would see nothing)");
                            }
                        }
                    }
                }
            }
            matrix.put(route.method() + " " + route.pattern(), policyText(policy) + " |" + line);
        }
        writeMatrix(matrix, calls, notExercised, leaks, falseRefusals);
        assertThat(leaks).as("leaks: callers the declared policy refuses were answered").isEmpty();
        assertThat(falseRefusals).as("callers the declared policy admits were refused (the declaration is wrong)").isEmpty();
        assertThat(contentLeaks).as("answers to the town reporter (%d read) holding another town's unpublished data", reporterAnswers).isEmpty();
        assertThat(reporterAnswers).as("answers to the reporter whose content was checked").isGreaterThan(40);
        assertThat(matrix.size()).as("routes in the matrix").isGreaterThan(150);
    }

    private static List<Variant> variants(Route route, RoutePolicies.Policy policy) {
        if (route.pattern().contains("{unitCode}") || unitQuery(route.pattern()) != null || commitmentById(route.pattern())) {
            return List.of(Variant.OWN_UNIT, Variant.OTHER_UNIT);
        }
        return List.of(Variant.NO_UNIT);
    }

    /** Whether the policy admits the caller for the unit of this variant. */
    private static boolean allowed(RoutePolicies.Policy p, Caller caller, Variant variant) {
        if (caller == Caller.ANONYMOUS) return p.anonymous();
        if (!p.allows(caller.role)) return false;
        return !(p.units() == Access.Units.OWN && caller.outside(variant));
    }

    /** A route whose {@code {id}} is a commitment (which belongs to a town). */
    private static boolean commitmentById(String pattern) {
        return pattern.matches("(/api)?/commitments/\\{id\\}.*");
    }

    /**
     * The query that names the unit of routes that take it as a parameter and refuse other units ({@code %s}
     * = the unit's code); null for other routes. Routes that filter instead of refusing (lists) are held to
     * their filtering by their own tests.
     */
    private static String unitQuery(String pattern) {
        return switch (pattern) {
            case "/api/data", "/api/data/export" -> "unit=%s";
            case "/api/targets/history", "/targets/history" -> "unit=%s&indicator=adm_pop&year=2024";
            default -> null;
        };
    }

    /** Sample values of path variables by name. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("period", "2024"), Map.entry("indicator", "adm_pop"),
            Map.entry("code", "matrix-none"), Map.entry("plan", "matrix-none"), Map.entry("id", "999999"), Map.entry("runId", "999999"),
            Map.entry("fileId", "999999"), Map.entry("username", "matrix-nobody"), Map.entry("level", "TOWNSHIP"),
            Map.entry("table", "weights"));
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");

    private static String uri(String pattern, Variant variant) {
        String unit = variant == Variant.OTHER_UNIT ? OTHER : OWN;
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "unitCode" -> unit;
                case "id" -> commitmentById(pattern) ? commitmentIds.get(variant == Variant.OTHER_UNIT ? Variant.OTHER_UNIT : Variant.OWN_UNIT)
                        : SAMPLES.get(name);
                default -> SAMPLES.getOrDefault(name, "x");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String query = unitQuery(pattern);
        return query == null ? out.toString() : out + "?" + String.format(query, unit);
    }

    private MockHttpServletResponse call(Route route, String uri, Caller caller) throws Exception {
        // a body of the type the route takes, so that the call reaches the route (not a 415 of the mapping)
        AbstractMockHttpServletRequestBuilder<?> b;
        if (route.consumes() != null && route.consumes().isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            b = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method()), uri);
        } else {
            b = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), uri);
            if (route.consumes() != null) b.contentType(route.consumes()).content("{}");
        }
        if (!SAFE.contains(route.method())) b.with(csrf());
        if (caller != Caller.ANONYMOUS) {
            if (route.api()) {
                b.with(TestTokens.bearer(caller.username, caller.username.startsWith("leader-matrix") ? AREA_PW : PW));
            } else {
                b.with(user(userDetails.loadUserByUsername(caller.username)));
            }
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static boolean signInRedirect(MockHttpServletResponse r) {
        String location = r.getHeader("Location");
        return r.getStatus() / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login(\\?.*)?");
    }

    private static String policyText(RoutePolicies.Policy p) {
        StringBuilder s = new StringBuilder();
        for (Role r : Role.values()) if (p.roles().contains(r)) s.append(s.isEmpty() ? "" : ",").append(r.name());
        return String.format("%-36s %-4s %-4s", s, p.units(), p.anonymous() ? "anon" : "");
    }

    private static void writeMatrix(Map<String, String> matrix, int calls, int notExercised, List<String> leaks, List<String> falseRefusals)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# role x route matrix: " + matrix.size() + " routes, " + calls + " calls, " + notExercised
                + " admitted writes not made, " + leaks.size() + " leaks, " + falseRefusals.size() + " false refusals");
        lines.add("# status per caller: anon, rep (reporter of " + OWN + "; other = " + OTHER + "), lead, prov (leader of 江苏, both towns), pref"
                + " (leader of 南通, neither town), anal, adm; w = an admitted write, not made");
        matrix.forEach((k, v) -> lines.add(String.format("%-70s %s", k, v)));
        lines.add("");
        leaks.forEach(l -> lines.add("LEAK " + l));
        falseRefusals.forEach(l -> lines.add("FALSE REFUSAL " + l));
        Path out = Path.of("target", "route-matrix.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
