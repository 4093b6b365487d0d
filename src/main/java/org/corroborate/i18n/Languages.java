package org.corroborate.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.corroborate.web.CurrentUser;

/**
 * The interface language of this request, as {@code {inject:lang.…}} in templates: a signed-in person's choice kept
 * on their account, else the choice made in this browser (the header's switch, kept in a cookie), else the first
 * language of {@code Accept-Language} the interface speaks, else English.
 */
@RequestScoped
@Named("lang")
public class Languages {

    /** The cookie keeping the language chosen in this browser. */
    public static final String COOKIE = "lang";

    private final HttpServerRequest request;
    private final CurrentUser user;
    private Language current;

    Languages(HttpServerRequest request, CurrentUser user) {
        this.request = request;
        this.user = user;
    }

    /**
     * The language of the page being answered, for code that is no bean (a form's refusal): English outside an
     * HTTP request (a unit test, a job), where no page is answered.
     */
    public static Language ofRequest() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Language.ENGLISH;
        }
        try {
            return arc.instance(Languages.class).get().current();
        } catch (RuntimeException noHttpRequest) {
            return Language.ENGLISH; // a request context without an HTTP request (@ActivateRequestContext)
        }
    }

    public Language current() {
        if (current == null) {
            current = Language.ofTag(user.language())
                    .or(() -> Language.ofTag(cookie()))
                    .or(() -> Language.accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                    .orElse(Language.ENGLISH);
        }
        return current;
    }

    /** The {@code lang} of the page. */
    public String tag() {
        return current().tag;
    }

    /** The {@code dir} of the page: "rtl" for Dari and Pashto. */
    public String dir() {
        return current().dir();
    }

    public boolean rightToLeft() {
        return current().rightToLeft;
    }

    /** Every interface language, for the header's switch. */
    public List<Language> all() {
        return Arrays.asList(Language.values());
    }

    /** Whether {@code language} is this page's, so the switch marks it instead of linking it. */
    public boolean is(Language language) {
        return current() == language;
    }

    /** The switch's link to {@code language}: it comes back to this very page. */
    public String switchTo(Language language) {
        String back = request.uri();
        return "/language/" + language.tag + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private String cookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
