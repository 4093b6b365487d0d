package org.corroborate.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;

/** Previous and next links of a paged list, keeping the list's search and filters. Pages count from 1. */
@TemplateData
public record Pager(int page, int pageCount, long total, String previous, String next) {

    public static final int DEFAULT_SIZE = 20;

    /** {@code zeroBasedPage} as the services count; {@code query} is the request's query, reused for the links. */
    public static Pager of(String path, MultivaluedMap<String, String> query, int zeroBasedPage, int size, long total) {
        int pageCount = (int) Math.max(1, (total + size - 1) / size);
        int page = zeroBasedPage + 1;
        return new Pager(page, pageCount, total,
                page > 1 ? link(path, query, page - 1) : null,
                page < pageCount ? link(path, query, page + 1) : null);
    }

    /** The 1-based page number the user asked for as a 0-based index; anything unreadable is the first page. */
    public static int index(String page) {
        int number = number(page);
        return number < 1 ? 0 : number - 1;
    }

    /** The page size asked for, between 1 and {@code max}. */
    public static int size(String size, int max) {
        int number = number(size);
        return number < 0 ? DEFAULT_SIZE : Math.min(max, Math.max(1, number));
    }

    /** The digits given as a number, or -1 (no exception: a list opened without a page number is the usual case). */
    private static int number(String text) {
        if (text == null) {
            return -1;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static String link(String path, MultivaluedMap<String, String> query, int page) {
        String rest = query.entrySet().stream().filter(e -> !e.getKey().equals("page"))
                .flatMap(e -> e.getValue().stream().filter(v -> !v.isBlank()).map(v -> Map.entry(e.getKey(), v)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return path + "?" + (rest.isEmpty() ? "" : rest + "&") + "page=" + page;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public boolean hasPages() {
        return pageCount > 1;
    }

}
