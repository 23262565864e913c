package org.seatkeeper.seats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A connected application calling the seat API over real HTTP, as tests and benchmarks use it. */
public final class SeatApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private final String token;

    public SeatApi(HttpClient http, int port, String token) {
        this.http = http;
        this.base = "http://localhost:" + port + "/api/v1";
        this.token = token;
    }

    public Reply take(String username) {
        return post(
                "/seats",
                "{\"username\":\"" + username + "\",\"reference\":\"app-" + username
                        + "\",\"ip\":\"10.1.2.3\",\"browser\":\"Test client\"}");
    }

    public Reply heartbeat(long seatId, boolean acted) {
        return post("/seats/" + seatId + "/heartbeat", "{\"acted\":" + acted + "}");
    }

    public Reply release(long seatId) {
        return send(request("/seats/" + seatId).DELETE().build());
    }

    public Reply post(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its JSON body, if it has one. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public JsonNode json() {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public long seatId() {
            return json().get("seatId").asLong();
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
