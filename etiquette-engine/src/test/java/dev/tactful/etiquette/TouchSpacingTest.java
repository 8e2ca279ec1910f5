package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R7 spacing and "the same person", as services use them for a snooze and for matching stored follow-ups. */
class TouchSpacingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant T = Instant.parse("2026-11-19T02:00:00Z");
    private static final Recipient AVERY = new Recipient("iv-avery", "Avery Stone", "EM", "avery@northwind.example", TOKYO);
    private static final Recipient AVERY_NEW_EMAIL = new Recipient("iv-avery", "Avery Stone", "EM", "a.stone@northwind.example", TOKYO);
    private static final Recipient SAM = new Recipient("iv-sam", "Sam Lee", null, "avery@northwind.example", TOKYO);
    private static final Recipient ROWAN = new Recipient(null, "Rowan Tester", null, "rowan@example.org", TOKYO);
    private static final Recipient ROWAN_NO_EMAIL = new Recipient(null, "Rowan Tester", null, null, TOKYO);
    private static final Recipient AGENCY = new Recipient(null, "Bridge Talent", "agency recruiter", "avery@northwind.example", TOKYO);

    private final TouchSpacing spacing = new TouchSpacing(EngineSettings.defaults());

    private static Touch touch(FollowUpKind kind, Recipient to, Channel channel, Instant at) {
        return new Touch(kind, to, channel, at);
    }

    @Test
    void interviewersAreTheSamePersonByIdWhateverTheirEmail() {
        assertThat(AVERY.isSamePersonAs(AVERY_NEW_EMAIL)).isTrue();
        assertThat(AVERY.isSamePersonAs(SAM)).as("same email, different interviewer").isFalse();
        assertThat(AVERY.isSamePersonAs(AGENCY)).as("an interviewer is never a non-interviewer").isFalse();
        assertThat(AVERY.isSamePersonAs(null)).isFalse();
    }

    @Test
    void everyoneElseIsTheSamePersonByName() {
        assertThat(ROWAN.isSamePersonAs(ROWAN_NO_EMAIL)).isTrue();
        assertThat(ROWAN.isSamePersonAs(AGENCY)).isFalse();
    }

    @Test
    void lessThanTheGapOnTheSameLineIsTooCloseExactlyTheGapIsNot() {
        Touch thankYou = touch(FollowUpKind.THANK_YOU, AVERY, Channel.EMAIL, T);
        Duration gap = Duration.ofDays(EngineSettings.defaults().minDaysBetweenTouches());

        assertThat(spacing.gap()).isEqualTo(gap);
        assertThat(spacing.tooClose(thankYou, touch(FollowUpKind.STATUS_CHECK, AVERY_NEW_EMAIL, Channel.EMAIL,
                T.plus(gap).minusSeconds(60)))).isTrue();
        assertThat(spacing.tooClose(touch(FollowUpKind.STATUS_CHECK, AVERY, Channel.EMAIL, T.minus(Duration.ofDays(3))),
                thankYou)).as("earlier counts too").isTrue();
        assertThat(spacing.tooClose(thankYou, touch(FollowUpKind.STATUS_CHECK, AVERY, Channel.EMAIL, T.plus(gap))))
                .isFalse();
    }

    @Test
    void anotherChannelOrAnotherPersonIsNotOnTheSameLine() {
        Touch thankYou = touch(FollowUpKind.THANK_YOU, AVERY, Channel.EMAIL, T);
        assertThat(spacing.tooClose(thankYou, touch(FollowUpKind.STATUS_CHECK, AVERY, Channel.PHONE, T.plusSeconds(60))))
                .isFalse();
        assertThat(spacing.tooClose(thankYou, touch(FollowUpKind.THANK_YOU, SAM, Channel.EMAIL, T))).isFalse();
    }

    @Test
    void candidateRemindersAreNotTouches() {
        Touch keepSearching = touch(FollowUpKind.KEEP_SEARCHING, ROWAN, Channel.EMAIL, T);
        assertThat(spacing.tooClose(keepSearching, touch(FollowUpKind.MOVE_ON, ROWAN, Channel.EMAIL, T.plusSeconds(60))))
                .isFalse();
    }

    @Test
    void firstTooCloseNamesTheMessageInTheWay() {
        Touch check = touch(FollowUpKind.STATUS_CHECK, AVERY, Channel.EMAIL, T.plus(Duration.ofDays(10)));
        Touch farThankYou = touch(FollowUpKind.THANK_YOU, AVERY, Channel.EMAIL, T);
        Touch nearClose = touch(FollowUpKind.GRACIOUS_CLOSE, AVERY, Channel.EMAIL, T.plus(Duration.ofDays(12)));

        assertThat(spacing.firstTooClose(check, List.of(farThankYou, nearClose))).contains(nearClose);
        assertThat(spacing.firstTooClose(check, List.of(farThankYou))).isEmpty();
    }
}
