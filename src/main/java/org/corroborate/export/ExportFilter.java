package org.corroborate.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

import org.corroborate.claim.EventType;
import org.corroborate.claim.Verdict;
import org.corroborate.dashboard.ReferenceTexts;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.input.Text;
import org.corroborate.problem.FieldError;
import org.corroborate.web.Form;

/**
 * The export page's filters, under the names and in the values {@code /api/events} takes, so the page's links
 * ask exactly what the page shows. {@code verdict} is an enum name, {@code ALL}, or null for the export's default.
 */
@TemplateData
public record ExportFilter(String verdict, String admin1, LocalDate from, LocalDate to, EventType eventType) {

    public static final String ALL_VERDICTS = "ALL";

    /** One chosen filter in words, for the page to say what its links ask. */
    @TemplateData
    public record Chosen(String label, String value) {
    }

    /** Reads the page's query; every unreadable field is refused at once (400), naming it. */
    public static ExportFilter parse(String verdict, String admin1, String from, String to, String eventType) {
        FieldParser parse = new FieldParser();
        String verdictName = Text.clean(verdict);
        Verdict chosenVerdict = null;
        if (verdictName != null && !ALL_VERDICTS.equalsIgnoreCase(verdictName)) {
            chosenVerdict = parse.choice("verdict", verdictName, Verdict.class);
            if (chosenVerdict == null) { // FieldParser's message would not offer ALL
                parse.errors().removeIf(e -> e.field().equals("verdict"));
                String choices = "VERIFIED, DISPUTED, FALSE, UNVERIFIABLE, " + ALL_VERDICTS;
                parse.errors().add(new FieldError("verdict", t -> t.oneOf(choices)));
            }
        }
        LocalDate fromDate = parse.date("from", from);
        LocalDate toDate = parse.date("to", to);
        EventType type = parse.choice("eventType", eventType, EventType.class);
        parse.check();
        String province = Text.clean(admin1);
        // the export's own rules (from not after to), so the page refuses what the links would
        EventQuery.checkDates(fromDate, toDate);
        String canonicalVerdict = verdictName == null ? null : chosenVerdict == null ? ALL_VERDICTS : chosenVerdict.name();
        return new ExportFilter(canonicalVerdict, province, fromDate, toDate, type);
    }

    /** The filters as {@code /api/events} query parameters, url-encoded ({@code verdict=FALSE&admin1=Kunduz}). */
    public String query() {
        return parameters().entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The form as it shows these filters. */
    public Form form() {
        Form form = Form.named("filters");
        parameters().forEach(form::put);
        return form;
    }

    /** The filters in words of {@code language}, for the page to say what its links ask. */
    public List<Chosen> chosen(Language language) {
        ReferenceTexts ref = Texts.of(ReferenceTexts.class, language);
        List<Chosen> chosen = new ArrayList<>();
        chosen.add(new Chosen(ref.verdict(), verdict == null ? ref.theDefault(Texts.label(Verdict.VERIFIED, language))
                : ALL_VERDICTS.equals(verdict) ? ref.allVerdicts() : Texts.label(Verdict.valueOf(verdict), language)));
        if (admin1 != null) {
            chosen.add(new Chosen(ref.province(), admin1));
        }
        if (from != null) {
            chosen.add(new Chosen(ref.eventFrom(), Texts.isoDate(from, language)));
        }
        if (to != null) {
            chosen.add(new Chosen(ref.eventTo(), Texts.isoDate(to, language)));
        }
        if (eventType != null) {
            chosen.add(new Chosen(ref.eventType(), Texts.label(eventType, language)));
        }
        return chosen;
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "verdict", verdict);
        put(parameters, "admin1", admin1);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "eventType", eventType == null ? null : eventType.name());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    /** Percent-encoding for a query value; a space as %20, which every client reads the same way. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
