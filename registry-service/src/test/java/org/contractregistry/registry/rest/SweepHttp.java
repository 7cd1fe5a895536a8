package org.contractregistry.registry.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends requests exactly as written: raw (already percent-encoded) paths, any method, any or no Content-Type, bodies
 * with or without a length. A request the service does not answer within the timeout is a failure ("never a hang").
 */
final class SweepHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A request: {@code contentType} null sends none; {@code chunked} sends the body without a length. */
    record Call(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers,
            boolean chunked) {

        static Call of(String method, String pathAndQuery) {
            return new Call(method, pathAndQuery, null, null, Map.of(), false);
        }

        static Call json(String method, String pathAndQuery, String body) {
            return new Call(method, pathAndQuery, MediaTypes.V1_JSON,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        }

        Call withContentType(String type) {
            return new Call(method, pathAndQuery, type, body, headers, chunked);
        }

        Call withHeader(String name, String value) {
            return new Call(method, pathAndQuery, contentType, body, Map.of(name, value), chunked);
        }

        Call withoutLength() {
            return new Call(method, pathAndQuery, contentType, body, headers, true);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " body=" + abbreviate(new String(body, StandardCharsets.UTF_8));
            return method + " " + abbreviate(pathAndQuery) + (contentType == null ? "" : " [" + contentType + "]")
                    + (headers.isEmpty() ? "" : " " + headers) + (chunked ? " (chunked)" : "") + shown;
        }
    }

    record Answer(int status, String body, String contentType) {}

    private final URI root;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    SweepHttp(URI root) {
        this.root = root;
    }

    Answer send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                + call.pathAndQuery())).timeout(TIMEOUT).method(call.method(), publisher(call));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        call.headers().forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "no answer within " + TIMEOUT, "");
        } catch (IOException e) {
            throw new UncheckedIOException("sending " + call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(Call call) {
        if (call.body() == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher sized = HttpRequest.BodyPublishers.ofByteArray(call.body());
        if (!call.chunked()) {
            return sized;
        }
        return HttpRequest.BodyPublishers.fromPublisher(sized); // no length: sent with Transfer-Encoding: chunked
    }

    static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 150) + "...(" + oneLine.length() + " chars)";
    }

    static List<String> methods() {
        return List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    }
}
