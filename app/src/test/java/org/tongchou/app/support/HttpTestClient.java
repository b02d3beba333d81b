package org.tongchou.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain HTTP client against the test server. Its own requests carry its cookies (the session of
 * {@link #signIn}); a request given a user and password is instead sent as an API client sends it:
 * without cookies, with an API token of that user ({@code Authorization: Bearer}), which the client
 * creates once per user and password through the sign-in form and {@code POST /api/tokens} and then
 * keeps (see {@link #tokenFor}). A wrong password gives a request without credentials (401).
 */
public final class HttpTestClient {
    /** Tokens made so far, by server, user and password: each is made once per test run. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient WITHOUT_COOKIES = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpTestClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends {@code name: value} with every later request of this client (e.g. a proxy's X-Forwarded-For). */
    public HttpTestClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** GET as JSON: as {@code user} with an API token, or in this client's session when {@code user} is null. */
    public HttpResponse<String> get(String path, String user, String password) {
        return withToken(user, password, auth -> send(request(path, auth).GET().header("Accept", "application/json"), auth));
    }

    /** Any method with a JSON body: as {@code user} with an API token, or in this client's session when null. */
    public HttpResponse<String> send(String method, String path, String json, String user, String password) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return withToken(user, password, auth -> send(request(path, auth).method(method, body)
                .header("Content-Type", "application/json").header("Accept", "application/json"), auth));
    }

    /** A download as bytes (XLSX), in the signed-in session. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page (HTML) in this client's session. Pages take no credentials but the session's, so
     * {@code user} and {@code password} are not used (as before, when they became a Basic header the
     * pages ignored): sign in with {@link #signIn} first.
     */
    public HttpResponse<String> page(String path, String user, String password) {
        return send(request(path, null).GET().header("Accept", "text/html"));
    }

    /** Signs in through the form (with its CSRF token), so that later requests carry the session. */
    public void signIn(String user, String password) {
        HttpResponse<String> r = trySignIn(user, password);
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + r.statusCode());
        }
    }

    /** Posts the sign-in form (with its CSRF token) and returns the answer, whatever it is. */
    public HttpResponse<String> trySignIn(String user, String password) {
        String login = page("/login", null, null).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * An API token of {@code user}, made through the sign-in form and {@code POST /api/tokens} the
     * first time and kept for the test run; null if the sign-in fails (a wrong password).
     */
    public String tokenFor(String user, String password) {
        String key = base + "|" + user + "|" + password;
        String token = TOKENS.get(key);
        if (token != null) return token;
        HttpTestClient session = new HttpTestClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
        session.headers.putAll(headers);
        HttpResponse<String> signIn = session.trySignIn(user, password);
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("?")) return null;
        String csrf = session.csrfFrom("/");
        HttpResponse<String> created = session.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"test client\",\"expiresInDays\":30}")));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no API token for " + user + ": " + created.statusCode() + " " + created.body());
        }
        TOKENS.put(key, m.group(1));
        return m.group(1);
    }

    /** The {@code Cookie} header of this client's session (after {@link #signIn}). */
    public String sessionCookie() {
        java.net.CookieManager m = (java.net.CookieManager) client.cookieHandler().orElseThrow();
        return m.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    /** Forgets the kept tokens of {@code user} (after its password was reset, which revokes them). */
    public static void forgetTokens(String user) {
        TOKENS.keySet().removeIf(k -> k.contains("|" + user + "|"));
    }

    /** The credentials of one request: none (the session), or a token, or a failed sign-in (nothing). */
    private record Auth(String user, String password, String token) {
        boolean api() {
            return user != null;
        }
    }

    /** Sends with the token of {@code user}; a token revoked meanwhile (401) is made anew once. */
    private HttpResponse<String> withToken(String user, String password,
            java.util.function.Function<Auth, HttpResponse<String>> call) {
        if (user == null) return call.apply(new Auth(null, null, null));
        String token = tokenFor(user, password);
        HttpResponse<String> r = call.apply(new Auth(user, password, token));
        if (r.statusCode() == 401 && token != null) {
            TOKENS.remove(base + "|" + user + "|" + password);
            r = call.apply(new Auth(user, password, tokenFor(user, password)));
        }
        return r;
    }

    /** The CSRF token of the signed-in session, read from a page's meta tag. */
    public String csrfFrom(String pagePath) {
        String html = page(pagePath, null, null).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + pagePath);
        return m.group(1);
    }

    /** Posts a form (field, value, field, value ...) in the signed-in session, with the CSRF token. */
    public HttpResponse<String> postForm(String path, String csrf, String... fieldsAndValues) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            body.append('&').append(enc(fieldsAndValues[i])).append('=').append(enc(fieldsAndValues[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts one file as multipart/form-data field {@code file} in the signed-in session. */
    public HttpResponse<String> postFile(String path, String csrf, String fileName, byte[] content) {
        String boundary = "----tongchou" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, Auth auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null && auth.token() != null) b.header("Authorization", "Bearer " + auth.token());
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        return send(b, null);
    }

    /** API calls as a user go without this client's cookies, as a script's would. */
    private HttpResponse<String> send(HttpRequest.Builder b, Auth auth) {
        headers.forEach(b::header);
        try {
            HttpClient c = auth != null && auth.api() ? WITHOUT_COOKIES : client;
            return c.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
