package org.corroborate.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.corroborate.Api;
import org.corroborate.Eventually;
import org.corroborate.TestUsers;

/** Builds uploads for the bulk import's tests: named files, zips of them, and the request that sends them. */
final class TestUploads {

    private TestUploads() {
    }

    /** Files by name, in order. */
    static Map<String, byte[]> files() {
        return new LinkedHashMap<>();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of these entries, deflated, in order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An article unique to this call (the suite shares one database, where a text imported once is a duplicate). */
    static String article(String dateline, String sentence) {
        return dateline + sentence + " Officials gave no figures for the losses.\n\nReport " + System.nanoTime() + ".";
    }

    /** POST /api/imports as {@code username} (HTTP Basic) with these files as parts named "files". */
    static RequestSpecification upload(String username, Map<String, byte[]> files) {
        return withFiles(given().auth().preemptive().basic(username, TestUsers.passwordOf(username)), files);
    }

    static RequestSpecification withFiles(RequestSpecification request, Map<String, byte[]> files) {
        request = request.accept(ContentType.JSON).contentType("multipart/form-data");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            request = request.multiPart("files", file.getKey(), file.getValue(), "application/octet-stream");
        }
        return request;
    }

    /** Sends the files and answers the job's id, checking the 202 and its Location. */
    static long submit(String username, Map<String, byte[]> files) {
        var answer = upload(username, files).post("/api/imports").then().statusCode(202).extract();
        long id = answer.jsonPath().getLong("id");
        assertThat(answer.header("Location")).endsWith("/api/imports/" + id);
        return id;
    }

    /** The job once DONE, read as {@code username}; fails when it does not finish within {@link Eventually#WITHIN}. */
    static JsonPath done(String username, long id) {
        JsonPath[] last = new JsonPath[1];
        boolean done = Eventually.holds(() -> {
            last[0] = Api.as(username).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
            return last[0].getString("status").equals("DONE");
        });
        assertThat(done).as("job " + id + " done; last read: " + (last[0] == null ? null : last[0].prettify())).isTrue();
        return last[0];
    }
}
