package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.db.OlderRows;

/** An article whose text is stored already is not imported again, under any url; older sources get their hash. */
@QuarkusTest
class TextDuplicatesTest extends OlderRows {

    @Inject
    TestUsers users;

    @Test
    void theApiAnswers409NamingTheTextAndTheSourceThatHasIt() {
        String reviewer = users.fresh("importer", Role.REVIEWER);
        String text = "date 2021-06-22 Wire One - Troops retook the district centre after a night of fighting ("
                + System.nanoTime() + ").";
        long first = Api.as(reviewer).contentType(ContentType.TEXT).body(text)
                .queryParam("url", "https://wire-one.example/" + System.nanoTime()).post("/api/sources/import")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Api.as(reviewer).contentType(ContentType.TEXT).body(text.replace(" - ", " -\r\n  "))
                .queryParam("url", "https://wire-two.example/" + System.nanoTime()).post("/api/sources/import")
                .then().statusCode(409).body("existingId", equalTo((int) first))
                .body("fields[0].field", equalTo("text"));
    }

    @Test
    void aSourceStoredBeforeTextHashesGetsItsHashAfterStartAndIsFoundByIt() throws Exception {
        String reviewer = users.fresh("importer", Role.REVIEWER);
        String text = "Fighting went on near the provincial capital overnight (" + System.nanoTime() + ").";
        long id = Api.as(reviewer).contentType(ContentType.TEXT).body(text).post("/api/sources/import").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> Source.getEntityManager()
                .createNativeQuery("UPDATE source SET text_hash = NULL WHERE id = ?1").setParameter(1, id).executeUpdate());

        catchUpAsAfterAStart(); // as after a start

        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(id).textHash))
                .isEqualTo(Source.hashOf(text));
        Api.as(reviewer).contentType(ContentType.TEXT).body(text).post("/api/sources/import").then().statusCode(409)
                .body("existingId", equalTo((int) id));
    }
}
