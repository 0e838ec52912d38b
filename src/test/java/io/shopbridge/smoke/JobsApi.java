package io.shopbridge.smoke;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.shopbridge.reliability.AppProcess;

/** The jobs API ({@code /api/jobs}) as an operator uses it: reads as {@code viewer}, changes as {@code operator}. */
final class JobsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    JobsApi(String base) {
        this.base = base + "/api/jobs";
    }

    /** Jobs matching a query string such as {@code state=failed&name=export_invoice}, newest first. */
    List<Map<String, Object>> list(String query) {
        return read(send(request("?" + query, "viewer", AppProcess.VIEWER_PASSWORD).GET()), new TypeReference<>() { });
    }

    Map<String, Object> get(String uuid) {
        return read(send(request("/" + uuid, "viewer", AppProcess.VIEWER_PASSWORD).GET()), new TypeReference<>() { });
    }

    /** {@code POST /api/jobs/{uuid}/requeue}; the HTTP status (409 when the job's state does not allow it). */
    int requeue(String uuid) {
        return send(request("/" + uuid + "/requeue", "operator", AppProcess.OPERATOR_PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("jobs API: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(response.uri() + " answered no JSON: " + response.body(), e);
        }
    }
}
