package dev.tactful.inbox.it;

import static dev.tactful.inbox.it.Fixtures.as;
import static dev.tactful.inbox.it.Fixtures.connectBody;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.infra.DevJwt;
import dev.tactful.support.testing.AccessTable;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every /api/v1 operation of this service, from its own OpenAPI document, called with a second candidate's token:
 * all of them act on the caller's own mailbox only, and the first candidate's connection stays exactly as it was.
 */
@QuarkusTest
class AccessTableTest {

    @Test
    void anotherCandidateOnlyEverReachesTheirOwnMailbox() {
        String owner = "cand-" + UUID.randomUUID();
        String ownerAddress = owner + "@example.org";
        CandidateMailboxes.user(ownerAddress, "owner-pass");
        as(owner).body(connectBody(ownerAddress, "owner-pass")).put("/api/v1/mailbox").then().statusCode(200);
        String other = "cand-" + UUID.randomUUID();
        String otherAddress = other + "@example.org";
        CandidateMailboxes.user(otherAddress, "other-pass");

        AccessTable.create()
                .scopedToCaller("PUT /api/v1/mailbox", connectBody(otherAddress, "other-pass"))
                .scopedToCaller("GET /api/v1/mailbox")
                .scopedToCaller("GET /api/v1/me/export")
                .scopedToCaller("DELETE /api/v1/mailbox")
                .stateOfA(() -> List.of(as(owner).get("/api/v1/mailbox").then().statusCode(200)
                        .extract().jsonPath().getMap("$").entrySet().stream()
                        .filter(e -> !e.getKey().equals("lastSyncAt") && !e.getKey().equals("counts"))
                        .map(Object::toString).sorted().toList()))
                .run(DevJwt.token(other), DevJwt.token(owner));
    }
}
