package org.corroborate.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.account.Role;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.ReviewTag;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Decision;

/**
 * docs/GLOSSARY.md is where reviewers read (and correct) how the interface names the domain's values: every value of
 * every enum the pages name is listed there, in English, Dari and Pashto, exactly as the message bundles say it.
 */
@QuarkusTest
class GlossaryTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$",
            Pattern.MULTILINE);

    private static final Map<String, Class<? extends Enum<?>>> SECTIONS = Map.ofEntries(
            Map.entry("ACLED event types", EventType.class), Map.entry("ACLED sub-event types", SubEventType.class),
            Map.entry("Verdicts", Verdict.class), Map.entry("Stances", Stance.class),
            Map.entry("Date precision", DatePrecision.class), Map.entry("Place precision", PlacePrecision.class),
            Map.entry("Claim statuses", ClaimStatus.class), Map.entry("Source kinds", SourceKind.class),
            Map.entry("Review tags", ReviewTag.class), Map.entry("Roles", Role.class),
            Map.entry("Editor decisions", Decision.class));

    @Test
    void theGlossaryNamesEveryValueAsThePagesDo() throws IOException {
        String glossary = Files.readString(Path.of("docs/GLOSSARY.md"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Enum<?>>> section : SECTIONS.entrySet()) {
            String table = section(glossary, section.getKey());
            for (Enum<?> value : section.getValue().getEnumConstants()) {
                Matcher row = ROW.matcher(table);
                boolean listed = false;
                while (row.find()) {
                    if (row.group(1).equals(value.name())) {
                        listed = true;
                        check(value, Language.ENGLISH, row.group(2), wrong);
                        check(value, Language.DARI, row.group(3), wrong);
                        check(value, Language.PASHTO, row.group(4), wrong);
                    }
                }
                if (!listed) {
                    wrong.add(section.getKey() + ": " + value.name() + " is not listed");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(Enum<?> value, Language language, String listed, List<String> wrong) {
        String shown = Texts.label(value, language);
        if (!shown.equals(listed.strip())) {
            wrong.add(value.getClass().getSimpleName() + "." + value.name() + " in " + language.tag + ": the glossary says '"
                    + listed.strip() + "', the pages say '" + shown + "'");
        }
    }

    private static String section(String glossary, String title) {
        int start = glossary.indexOf("## " + title);
        assertThat(start).as("a section '## " + title + "' in docs/GLOSSARY.md").isNotNegative();
        int end = glossary.indexOf("\n## ", start + 3);
        return glossary.substring(start, end < 0 ? glossary.length() : end);
    }
}
