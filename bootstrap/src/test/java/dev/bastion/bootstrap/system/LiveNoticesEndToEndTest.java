package dev.bastion.bootstrap.system;

import static dev.bastion.bootstrap.system.NoticeWorld.toDepts;
import static dev.bastion.bootstrap.system.NoticeWorld.toUsers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.EventStream;
import dev.bastion.bootstrap.testing.EventStream.Received;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /auth/notices/stream}: each reader hears the notices addressed to them as they are
 * published (and a scheduled one when its time comes), nothing else; opened with the access token
 * or a single-use ticket, never anonymously; the stream ends when the session ends.
 */
@MicronautTest(transactional = false)
class LiveNoticesEndToEndTest extends ApiTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final String STREAM = "/api/v1/auth/notices/stream";

    private Api api;
    private NoticeWorld world;
    private String a;
    private String b;

    @BeforeEach
    void setUp() {
        api = api();
        world = new NoticeWorld(api, signInAdmin());
        a = world.dept(ROOT, "A");
        b = world.dept(ROOT, "B");
    }

    private EventStream open(String token) throws InterruptedException {
        EventStream stream = EventStream.open(server.getURI(), STREAM, "Authorization", "Bearer " + token);
        assertThat(stream.response().statusCode()).isEqualTo(200);
        assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.next(SOON)).as("the stream says it is open").isEqualTo(
                new Received("connected", null, null, null));
        return stream;
    }

    @Test
    void aReaderHearsTheNoticesAddressedToThemAsTheyArePublishedAndNoOthers() throws Exception {
        world.user("inA", a);
        String inB = world.user("inB", b);
        try (EventStream readerInA = open(world.signIn("inA"))) {
            world.published(toDepts(b));
            world.published(toUsers(inB));
            String toA = world.published(toDepts(a));

            Received heard = readerInA.nextEvent(SOON);

            assertThat(heard.name()).isEqualTo("notice");
            assertThat(heard.id()).as("the first notice heard is the one to A").isEqualTo(toA);
            Map<String, Object> notice = json.readValue(heard.data(), Argument.mapOf(String.class, Object.class));
            assertThat(notice).containsEntry("id", toA).containsEntry("read", false)
                    .containsEntry("title", world.tag + " maintenance")
                    .containsEntry("content", "<p>Tonight at <b>22:00</b></p>");
            assertThat(readerInA.nextEvent(Duration.ofMillis(500))).as("nothing else").isNull();
        }
    }

    @Test
    void aScheduledNoticeIsHeardWhenItsTimeComes() throws Exception {
        String reader = world.user("reader", b);
        try (EventStream stream = open(world.signIn("reader"))) {
            Map<String, Object> body = world.body(toUsers(reader));
            Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            body.put("publishAt", publishAt.toString());
            String id = (String) world.create(world.admin, body).json().get("id");
            assertThat(api.post("/api/v1/notices/" + id + "/publish", world.admin, null).status()).isEqualTo(200);

            Received heard = stream.nextEvent(Duration.ofSeconds(8));

            assertThat(Instant.now()).as("not before its time").isAfterOrEqualTo(publishAt);
            assertThat(heard.id()).isEqualTo(id);
        }
    }

    @Test
    void aTicketOpensTheStreamOnceAndNothingElse() throws Exception {
        String reader = world.user("ticketed", b);
        String token = world.signIn("ticketed");
        Reply issued = api.post("/api/v1/auth/notices/stream-ticket", token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String ticket = (String) issued.json().get("ticket");
        assertThat(issued.json()).containsEntry("expiresIn", 30);
        Reply elsewhere = api.get("/api/v1/auth/me?ticket=" + ticket, null);
        assertThat(elsewhere.status()).as("a ticket signs in nowhere but the stream").isEqualTo(401);

        try (EventStream stream = EventStream.open(server.getURI(), STREAM + "?ticket=" + ticket)) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            String id = world.published(toUsers(reader));
            assertThat(stream.nextEvent(SOON).id()).isEqualTo(id);

            for (String spent : new String[] {ticket, "x".repeat(43), "not a ticket", ""}) {
                HttpResponse<String> refused = api.http().get(STREAM + "?ticket="
                        + URLEncoder.encode(spent, StandardCharsets.UTF_8), "Accept", "text/event-stream");
                assertThat(refused.statusCode()).as(spent).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        assertThat(api.http().get(STREAM, "Accept", "text/event-stream").statusCode()).as("anonymous")
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/notices/stream-ticket", null, null).status()).isEqualTo(401);
    }

    @Test
    void theStreamEndsWhenItsSessionEnds() throws Exception {
        world.user("leaving", b);
        String token = world.signIn("leaving");
        try (EventStream stream = open(token)) {
            assertThat(api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);

            assertThat(stream.nextEvent(SOON)).extracting(Received::name).isEqualTo("session-ended");
            assertThat(stream.nextEvent(SOON)).as("and then the stream is closed").isEqualTo(EventStream.END);
        }
    }
}
