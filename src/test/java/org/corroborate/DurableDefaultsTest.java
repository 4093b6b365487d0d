package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The embedded database answers a write only once it is in the file. bench/durability-check.sh SIGKILLs the app
 * while reviewers write and found acknowledged writes lost with H2's default write delay; this keeps the setting
 * that fixed it in the default url. (The script itself is the test of durability; it needs a packaged app.)
 */
class DurableDefaultsTest {

    @Test
    void theEmbeddedDatabaseWritesEachCommitBeforeItIsAnswered() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            config.load(in);
        }

        assertThat(config.getProperty("quarkus.datasource.jdbc.url")).startsWith("jdbc:h2:file:").contains(";WRITE_DELAY=0");
    }
}
