package org.wayfinder.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpRequest;

/** The REST API of one site as an integration calls it: JSON, with an optional bearer token. */
public final class Api {

    private final Site site;
    private final String token;

    private Api(Site site, String token) {
        this.site = site;
        this.token = token;
    }

    public static Api on(String host, String token) {
        return new Api(new Site(host), token);
    }

    /** The API as a signed-in browser calls it: with that site's session cookie and no token. */
    public static Api asBrowser(Site site) {
        return new Api(site, null);
    }

    public Reply get(String path) {
        return call(site.request("/api/v1" + path).GET());
    }

    public Reply post(String path, String json) {
        return post(path, json, "application/json");
    }

    public Reply post(String path, String body, String contentType) {
        return call(site.request("/api/v1" + path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply call(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept", "application/json");
        Page page = site.send(request);
        return new Reply(page.status(), page.header("Content-Type"), page.header("Cache-Control"), page.body());
    }

    /** A response of the API. */
    public record Reply(int status, String contentType, String cacheControl, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
