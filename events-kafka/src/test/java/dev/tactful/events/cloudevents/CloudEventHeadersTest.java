package dev.tactful.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static final Instant TIME = Instant.parse("2026-11-19T03:12:45.250Z");

    private static CloudEventAttributes attributes() {
        return CloudEventAttributes.json("evt-1", "/tactful/interview-service", "tactful.interview.logged.v1", TIME,
                "6f1c2e8a-3b4d-4c6e-9a1f-2d3e4f5a6b7c");
    }

    private static String header(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    @Test
    void writesBinaryModeHeaders() {
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), attributes());
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo("evt-1");
        assertThat(header(headers, "ce_source")).isEqualTo("/tactful/interview-service");
        assertThat(header(headers, "ce_type")).isEqualTo("tactful.interview.logged.v1");
        assertThat(header(headers, "ce_time")).isEqualTo("2026-11-19T03:12:45.250Z");
        assertThat(header(headers, "ce_subject")).isEqualTo("6f1c2e8a-3b4d-4c6e-9a1f-2d3e4f5a6b7c");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
    }

    @Test
    void writeThenReadGivesTheSameAttributes() {
        CloudEventAttributes read = CloudEventHeaders.read(CloudEventHeaders.write(new RecordHeaders(), attributes()));
        assertThat(read).isEqualTo(attributes());
        assertThat(read.source()).isEqualTo(URI.create("/tactful/interview-service"));
    }

    @Test
    void optionalTimeAndSubjectMayBeAbsent() {
        CloudEventAttributes noExtras = CloudEventAttributes.json("evt-2", "/tactful/planner-service",
                "tactful.followup.due.v1", null, null);
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), noExtras);
        assertThat(headers.lastHeader("ce_time")).isNull();
        assertThat(headers.lastHeader("ce_subject")).isNull();
        assertThat(CloudEventHeaders.read(headers)).isEqualTo(noExtras);
    }

    @Test
    void writingAgainReplacesEarlierValuesInsteadOfDuplicatingThem() {
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), attributes());
        CloudEventHeaders.write(headers, CloudEventAttributes.json("evt-9", "/tactful/interview-service",
                "tactful.interview.outcome.v1", TIME, "x"));
        assertThat(headers.headers("ce_id")).hasSize(1);
        assertThat(CloudEventHeaders.read(headers).id()).isEqualTo("evt-9");
        assertThat(CloudEventHeaders.read(headers).type()).isEqualTo("tactful.interview.outcome.v1");
    }

    @Test
    void missingIdIsRejected() {
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), attributes());
        headers.remove("ce_id");
        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidCloudEventException.class).hasMessageContaining("id");
    }

    @Test
    void blankIdIsRejected() {
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), attributes());
        headers.remove("ce_id");
        headers.add("ce_id", " ".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void wrongOrMissingSpecVersionIsRejected() {
        Headers wrong = CloudEventHeaders.write(new RecordHeaders(), attributes());
        wrong.remove("ce_specversion");
        wrong.add("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventHeaders.read(wrong))
                .isInstanceOf(InvalidCloudEventException.class).hasMessageContaining("specversion");

        Headers missing = CloudEventHeaders.write(new RecordHeaders(), attributes());
        missing.remove("ce_specversion");
        assertThatThrownBy(() -> CloudEventHeaders.read(missing)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void missingSourceOrTypeIsRejected() {
        Headers noSource = CloudEventHeaders.write(new RecordHeaders(), attributes());
        noSource.remove("ce_source");
        assertThatThrownBy(() -> CloudEventHeaders.read(noSource)).isInstanceOf(InvalidCloudEventException.class);

        Headers noType = CloudEventHeaders.write(new RecordHeaders(), attributes());
        noType.remove("ce_type");
        assertThatThrownBy(() -> CloudEventHeaders.read(noType)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void malformedTimeOrSourceIsRejected() {
        Headers badTime = CloudEventHeaders.write(new RecordHeaders(), attributes());
        badTime.remove("ce_time");
        badTime.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventHeaders.read(badTime)).isInstanceOf(InvalidCloudEventException.class);

        Headers badSource = CloudEventHeaders.write(new RecordHeaders(), attributes());
        badSource.remove("ce_source");
        badSource.add("ce_source", "not a uri".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventHeaders.read(badSource)).isInstanceOf(InvalidCloudEventException.class);
    }

    @Test
    void missingContentTypeMeansJson() {
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), attributes());
        headers.remove("content-type");
        assertThat(CloudEventHeaders.read(headers).dataContentType()).isEqualTo("application/json");
    }
}
