package org.corroborate.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every phrase of {@link ProblemTexts} is said in Dari and in Pashto, and the files hold no phrase it lost. */
class ProblemTextsFilesTest {

    @ParameterizedTest
    @ValueSource(strings = { "problems_fa-AF.properties", "problems_ps-AF.properties" })
    void everyPhraseIsTranslated(String file) throws IOException {
        Properties translated = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            translated.load(in);
        }
        Set<String> methods = Arrays.stream(ProblemTexts.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(translated.stringPropertyNames())).as(file).isEqualTo(methods);
        translated.forEach((key, text) -> assertThat(text.toString()).as(file + " " + key).isNotBlank()
                .doesNotContain("TODO"));
    }
}
