package org.corroborate.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.BugDetectors;

/**
 * Jazzer's target for fuzzing the import endpoints of a running app over HTTP ({@code bench/fuzz-import.sh}):
 * every input goes to {@code POST /api/sources/import} as a text/plain body, to the upload page as a .txt
 * file and to the bulk import ({@code POST /api/imports}) as a .zip. A finding is a 5xx, an API refusal without the JSON error body, or an answer slower than 10 seconds.
 * Settings from the environment: CORROBORATE_URL, CORROBORATE_FUZZ_USER, CORROBORATE_FUZZ_PASSWORD, and
 * CORROBORATE_FUZZ_REPORT (a file the answers' status counts are written to at exit).
 */
public final class ImportEndpointFuzzTarget {

    private static final Duration SLOW = Duration.ofSeconds(10);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Map<String, AtomicLong> ANSWERS = new ConcurrentHashMap<>();

    private static URI base;
    private static String basic;
    private static HttpClient client;
    private static String csrfToken;

    private ImportEndpointFuzzTarget() {
    }

    public static void fuzzerInitialize() throws IOException, InterruptedException {
        BugDetectors.allowNetworkConnections(); // talking to the app is the point, not a forged request
        base = URI.create(System.getenv().getOrDefault("CORROBORATE_URL", "http://127.0.0.1:18480"));
        String user = System.getenv("CORROBORATE_FUZZ_USER");
        String password = System.getenv("CORROBORATE_FUZZ_PASSWORD");
        basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(SLOW)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(base.resolve("/sources/import")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_FIELD.matcher(form.body());
        if (signIn.statusCode() != 302 || form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Cannot sign in to " + base + " as " + user + ": " + signIn.statusCode()
                    + " then " + form.statusCode());
        }
        csrfToken = token.group(1);
        Runtime.getRuntime().addShutdownHook(new Thread(ImportEndpointFuzzTarget::report));
    }

    public static void fuzzerTestOneInput(byte[] input) throws IOException, InterruptedException {
        check("api", send(HttpRequest.newBuilder(base.resolve("/api/sources/import")).header("Authorization", basic)
                .header("Content-Type", "text/plain; charset=UTF-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(input))));
        String boundary = "fuzz-" + System.nanoTime();
        // the bulk import: the input as a zip part, answered 202 with each file read or reported
        check("bulk", send(HttpRequest.newBuilder(base.resolve("/api/imports")).header("Authorization", basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "files", "fuzz.zip", input, false)))));
        check("page", send(HttpRequest.newBuilder(base.resolve("/sources/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "file", "fuzz.txt", input, true)))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try {
            return client.send(request.timeout(SLOW).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException slow) {
            throw new IllegalStateException("No answer within " + SLOW.toSeconds() + " s", slow);
        }
    }

    private static void check(String endpoint, HttpResponse<String> answer) {
        int status = answer.statusCode();
        ANSWERS.computeIfAbsent(endpoint + " " + status, k -> new AtomicLong()).incrementAndGet();
        if (status >= 500) {
            throw new IllegalStateException("The " + endpoint + " import answered " + status + ": " + answer.body());
        }
        if (!endpoint.equals("page") && status >= 400 && !answer.body().startsWith("{\"status\":" + status)) {
            throw new IllegalStateException("The API refused with " + status + " but no JSON error: " + answer.body());
        }
    }

    private static byte[] multipart(String boundary, String field, String fileName, byte[] file, boolean withToken) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String token = withToken ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + csrfToken + "\r\n" : "";
        body.writeBytes((token + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void report() {
        String file = System.getenv("CORROBORATE_FUZZ_REPORT");
        if (file == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(ANSWERS).forEach((answer, count) -> lines.append(answer).append(' ').append(count).append('\n'));
        try {
            Files.writeString(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
