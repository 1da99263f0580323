package dev.bastion.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON body is taken only as written: one value, no key twice, no field the request does not
 * have, no NUL or lone surrogate, and each value of the type its field declares (no "yes" for true, no 42 for a text, no 2.9 for an integer).
 * Each refusal is a 400 naming the field.
 */
@MicronautTest
class StrictJsonBodyTest {

    static final String VALID = "{\"username\":\"ann\",\"email\":\"ann@example.com\",\"address\":{\"city\":\"Oslo\"},"
            + "\"age\":30";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Exchange post(String body) {
        return Exchange.send(client, json, HttpRequest.POST("/probe/users", body)
                .contentType(MediaType.APPLICATION_JSON));
    }

    private static void assertNames(Exchange exchange, String field) {
        assertThat(exchange.status()).as(exchange.body()).isEqualTo(400);
        assertThat(exchange.jsonBody()).containsEntry("code", "VALIDATION_ERROR");
        assertThat(exchange.errors()).extracting(error -> error.get("field")).as(exchange.body()).contains(field);
    }

    @Test
    void aValidBodyIsTaken() {
        Exchange created = post(VALID + ",\"newsletter\":true}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.jsonBody()).containsEntry("newsletter", true);
    }

    @Test
    void aKeyGivenTwiceIsNamed() {
        assertNames(post(VALID + ",\"username\":\"bob\"}"), "username");
        assertNames(post(VALID.replace("\"city\":\"Oslo\"", "\"city\":\"Oslo\",\"city\":\"Rome\"") + "}"),
                "address.city");
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsNamedNotDropped() {
        assertNames(post(VALID + ",\"nmae\":\"ann\"}"), "nmae");
        assertNames(post(VALID.replace("\"city\":\"Oslo\"", "\"city\":\"Oslo\",\"zipcode\":\"0150\"") + "}"),
                "address.zipcode");
        assertNames(post(VALID + ",\"sentFields\":[]}"), "sentFields");
        Exchange known = post(VALID.replace("\"city\":\"Oslo\"", "\"city\":\"Oslo\",\"zip\":\"0150\"") + "}");
        assertThat(known.status()).as(known.body()).isEqualTo(201);
    }

        @Test
    void contentAfterTheValueIsRefused() {
        assertNames(post(VALID + "} trailing"), "body");
        assertNames(post(VALID + "}{}"), "body");
    }

    @Test
    void nulAndLoneSurrogatesAreNamedWherever() {
        assertNames(post(VALID.replace("ann\"", "a\\u0000n\"") + "}"), "username");
        assertNames(post(VALID.replace("\"Oslo\"", "\"Os\\ud800lo\"") + "}"), "address.city");
        assertNames(post(VALID + ",\"tags\":[\"ok\",\"bad\\udc00\"]}"), "tags[1]");
        Exchange pair = post(VALID.replace("\"Oslo\"", "\"Oslo \\ud83d\\ude00\"") + "}");
        assertThat(pair.status()).as("a complete surrogate pair is a character like any other").isEqualTo(201);
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        for (String notBoolean : List.of("\"yes\"", "\"TRUE\"", "\"1\"", "\"on\"", "1", "\"true\"")) {
            assertNames(post(VALID + ",\"newsletter\":" + notBoolean + "}"), "newsletter");
        }
        assertNames(post(VALID.replace("\"ann\"", "42") + "}"), "username");
        assertNames(post(VALID.replace("\"age\":30", "\"age\":2.9") + "}"), "age");
        assertNames(post(VALID.replace("\"age\":30", "\"age\":\"30\"") + "}"), "age");
        assertNames(post(VALID.replace("\"age\":30", "\"age\":3000000000") + "}"), "age");
    }

    @Test
    void anObjectOrAListOfTheWrongShapeIsNamed() {
        for (String notObject : List.of("[\"Oslo\"]", "\"Oslo\"", "7", "true")) {
            Exchange refused = post(VALID.replace("{\"city\":\"Oslo\"}", notObject) + "}");
            assertNames(refused, "address");
            assertThat(refused.errors()).extracting(error -> error.get("message")).contains("must be a JSON object");
        }
        for (String notList : List.of("{\"a\":\"ok\"}", "\"ok\"", "1")) {
            Exchange refused = post(VALID + ",\"tags\":" + notList + "}");
            assertNames(refused, "tags");
            assertThat(refused.errors()).extracting(error -> error.get("message")).contains("must be a JSON array");
        }
    }

    @Test
    void anIntegerMayBeWrittenWithAFractionOfZero() {
        Exchange created = post(VALID.replace("\"age\":30", "\"age\":30.0") + "}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.jsonBody()).containsEntry("age", 30);
    }

    @Test
    void theFieldErrorSaysWhatTheValueMustBe() {
        Exchange wrong = post(VALID + ",\"newsletter\":\"yes\"}");

        assertThat(wrong.errors()).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", "newsletter").containsEntry("message", "must be true or false"));
        assertThat(wrong.body()).doesNotContain("Exception").doesNotContain("io.micronaut");
    }
}
