package org.corroborate.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Normalises source urls so that the same article is recognised whatever link a reviewer pasted:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash.
 */
public final class SourceUrls {

    private SourceUrls() {
    }

    /** The normalised url, or empty when the text is not an absolute http(s) url. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? null
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.isEmpty() && !isTracking(p))
                        .sorted()
                        .collect(Collectors.joining("&"));
        // both schemes name the same article; keep https as the canonical one
        return Optional.of("https://" + host + (defaultPort ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ocid");
    }
}
