package org.corroborate.source;

import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the article importer with Jazzer for a bounded run: {@code ./mvnw test} runs it for 10 seconds in a JVM
 * of its own with {@code JAZZER_FUZZ=1} (the pom's surefire execution "fuzz"), starting from the seeds in
 * {@code ArticleImporterFuzzTestInputs}. An input that breaks {@link ArticleImportFuzzTarget}'s rules, or takes
 * longer than the timeout, fails the build and is kept there as a regression input. Longer runs, and a run
 * against the HTTP endpoints of the packaged app: {@code bench/fuzz-import.sh}.
 */
class ArticleImporterFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // Jazzer also takes this as the limit for a single input
    void readsAnyBytesOrRefusesThemWithAReason(byte[] input) {
        ArticleImportFuzzTarget.check(input);
    }
}
