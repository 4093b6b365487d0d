package org.corroborate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import org.junit.jupiter.api.Test;

/** The listener connects as the datasource's pool does, from the same settings. */
class PostgresListenerTest {

    @Test
    void theListenerConnectsWithTheDatasourcesPropertiesUserAndPassword() {
        AgroalConnectionFactoryConfiguration database = new AgroalConnectionFactoryConfigurationSupplier()
                .jdbcUrl("jdbc:postgresql://db.example:5432/corroborate")
                .jdbcProperty("sslmode", "verify-full")
                .jdbcProperty("tcpKeepAlive", "true")
                .principal(new NamePrincipal("fleet"))
                .credential(new SimplePassword("secret"))
                .get();

        assertThat(PostgresListener.settings(database)).containsEntry("sslmode", "verify-full")
                .containsEntry("tcpKeepAlive", "true").containsEntry("user", "fleet")
                .containsEntry("password", "secret")
                .containsEntry("ApplicationName", PostgresListener.APPLICATION_NAME);
    }

    @Test
    void aPasswordFromACredentialsProviderIsAskedForOnEveryConnection() {
        AtomicInteger asked = new AtomicInteger();
        AgroalConnectionFactoryConfiguration database = new AgroalConnectionFactoryConfigurationSupplier()
                .jdbcUrl("jdbc:postgresql://db.example:5432/corroborate")
                .principal(new NamePrincipal("fleet"))
                .credential(new SimplePassword("unused") {
                    @Override
                    public Properties asProperties() {
                        Properties password = new Properties();
                        password.setProperty("password", "rotated-" + asked.incrementAndGet());
                        return password;
                    }
                })
                .get();

        assertThat(PostgresListener.settings(database)).containsEntry("password", "rotated-1");
        assertThat(PostgresListener.settings(database)).containsEntry("password", "rotated-2");
    }
}
