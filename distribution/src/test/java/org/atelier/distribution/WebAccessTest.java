package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the workbench listens, as {@code bin/atelier} says it: loopback by default, a token beyond. */
class WebAccessTest {
    private static final Pattern ADDRESS = Pattern.compile("ready at http://(\\S+?):(\\d+)/(\\?token=(\\S+))?");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void byDefaultTheWorkbenchListensOnLoopbackWithoutAToken(@TempDir Path workspace) throws Exception {
        try (var workbench = AtelierCli.startWorkbench(Distribution.home(), workspace)) {
            Matcher address = address(workbench.readyLine());
            assertThat(address.group(1)).isEqualTo("127.0.0.1");
            assertThat(address.group(3)).isNull();
            assertThat(get("http://127.0.0.1:" + address.group(2) + "/api/status", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listeningBeyondLoopbackEveryRequestNeedsTheTokenPrintedAtStart(@TempDir Path workspace) throws Exception {
        try (var workbench = AtelierCli.startWorkbench(Distribution.home(), workspace, "--host", "0.0.0.0")) {
            Matcher address = address(workbench.readyLine());
            String token = address.group(4);
            assertThat(token).as(workbench.readyLine()).isNotBlank();
            String base = "http://127.0.0.1:" + address.group(2);

            HttpResponse<String> refused = get(base + "/api/status", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("access token").doesNotContain("Exception");
            assertThat(get(base + "/api/status?token=wrong", null).statusCode()).isEqualTo(401);
            assertThat(get(base + "/api/status", "Bearer wrong").statusCode()).isEqualTo(401);

            assertThat(get(base + "/api/status", "Bearer " + token).statusCode()).isEqualTo(200);
            HttpResponse<String> opened = get(base + "/?token=" + token, null);
            assertThat(opened.statusCode()).isEqualTo(200);
            String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
            HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status"))
                    .header("Cookie", cookie.split(";")[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withCookie.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBadPortIsAUsageError(@TempDir Path workspace) throws Exception {
        CommandResult result = AtelierCli.run(Distribution.home(), workspace, java.util.Map.of(), "--port", "http");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("atelier: --port needs a port number from 0 to 65535, not http\n");
    }

    private static Matcher address(String readyLine) {
        Matcher matcher = ADDRESS.matcher(readyLine);
        assertThat(matcher.find()).as(readyLine).isTrue();
        return matcher;
    }

    private HttpResponse<String> get(String uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
