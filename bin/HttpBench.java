import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages timed as users load them: N concurrent users, each with their own session (signed in through the sign-in
 * form), each requesting the given pages in turn as fast as the server answers, over HTTP on loopback. Reports
 * p50/p95/p99/max per page. A run refuses to report if any request failed.
 * <p>
 * Runs as a single-file program: {@code java bin/HttpBench.java --url http://localhost:8080 --user sw.demo:demo
 * --user tm.demo:demo --page /tray --users 20 --requests 50}. {@code bin/bench-tray} starts the application and
 * runs it.
 */
public class HttpBench {

    record Options(String url, List<String[]> logins, List<String> pages, int users, int requests, int warmup) {
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        o.pages().forEach(p -> nanos.put(p, Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<HttpClient> clients = new ArrayList<>();
        for (int u = 0; u < o.users(); u++) {
            String[] login = o.logins().get(u % o.logins().size());
            clients.add(signIn(o.url(), login[0], login[1]));
        }
        CountDownLatch ready = new CountDownLatch(o.users());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < o.users(); u++) {
            HttpClient client = clients.get(u);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < o.warmup(); i++) {
                        for (String page : o.pages()) {
                            get(client, o.url() + page);
                        }
                    }
                    ready.countDown();
                    start.await();
                    for (int i = 0; i < o.requests(); i++) {
                        for (String page : o.pages()) {
                            long t0 = System.nanoTime();
                            HttpResponse<byte[]> r = get(client, o.url() + page);
                            long took = System.nanoTime() - t0;
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                                System.err.println(page + " answered " + r.statusCode());
                            } else {
                                nanos.get(page).add(took);
                                bytes.addAndGet(r.body().length);
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("request failed: " + e);
                    ready.countDown();
                }
            }));
        }
        ready.await();
        long wall = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        if (failures.get() > 0) {
            System.err.println(failures.get() + " requests failed: no figures reported");
            System.exit(1);
        }
        long total = nanos.values().stream().mapToLong(List::size).sum();
        for (String page : o.pages()) {
            long[] n = nanos.get(page).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", page, n.length,
                    ms(n, 0.50), ms(n, 0.95), ms(n, 0.99), n[n.length - 1] / 1e6);
        }
        System.out.printf("%d concurrent users (%s), %d requests in %.1f s (%.0f a second), %.0f KB a page on average; %d cores, Java %s%n",
                o.users(), String.join(", ", o.logins().stream().map(l -> l[0]).toList()), total, seconds, total / seconds,
                bytes.get() / 1024.0 / total, Runtime.getRuntime().availableProcessors(), Runtime.version());
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double ms(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static HttpResponse<byte[]> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A client with its own cookie jar, signed in through the sign-in form (with its CSRF token). */
    static HttpClient signIn(String url, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + url + "/sign-in: is it OpenCSC?");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in as " + username + " failed (" + r.statusCode() + " " + location + ")");
        }
        return client;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Options parse(String[] args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + args[i]);
            }
            values.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        for (String key : values.keySet()) {
            if (!Arrays.asList("url", "user", "page", "users", "requests", "warmup").contains(key)) {
                usage("unknown option --" + key);
            }
        }
        List<String[]> logins = values.getOrDefault("user", List.of()).stream().map(u -> u.split(":", 2)).toList();
        if (logins.isEmpty() || logins.stream().anyMatch(l -> l.length != 2)) {
            usage("give at least one --user name:password");
        }
        if (!values.containsKey("page")) {
            usage("give at least one --page /path");
        }
        return new Options(values.getOrDefault("url", List.of("http://localhost:8080")).getFirst(), logins,
                values.get("page"), number(values, "users", 20), number(values, "requests", 50), number(values, "warmup", 5));
    }

    static int number(Map<String, List<String>> values, String key, int otherwise) {
        try {
            int n = values.containsKey(key) ? Integer.parseInt(values.get(key).getFirst()) : otherwise;
            if (n < (key.equals("warmup") ? 0 : 1)) {
                usage("--" + key + " must be a positive whole number");
            }
            return n;
        } catch (NumberFormatException e) {
            usage("--" + key + " must be a whole number");
            return otherwise;
        }
    }

    static void usage(String problem) {
        System.err.println("HttpBench: " + problem);
        System.err.println("usage: java bin/HttpBench.java --url URL --user NAME:PASSWORD [--user ...] --page /path [--page ...]"
                + " [--users 20] [--requests 50] [--warmup 5]");
        System.exit(2);
    }
}
