package dev.tactful.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeakRateTest {

    @Test
    void theBusiestWindowCountsOnlyAcceptancesInsideIt() {
        List<Long> accepted = new ArrayList<>();
        // 5 in the first second, then a burst of 30 within 2 s starting at 20 s, then 3 stragglers.
        for (int i = 0; i < 5; i++) {
            accepted.add(i * 200L);
        }
        for (int i = 0; i < 30; i++) {
            accepted.add(20_000L + i * 66L);
        }
        accepted.add(40_000L);
        accepted.add(45_000L);
        accepted.add(50_000L);

        assertThat(Delivery.peakPerSecond(accepted, 10_000)).isEqualTo(3.0);
        assertThat(Delivery.peakPerSecond(accepted, 2_000)).isEqualTo(15.0);
    }

    @Test
    void noAcceptanceIsNoRate() {
        assertThat(Delivery.peakPerSecond(List.of(), 10_000)).isZero();
    }
}
