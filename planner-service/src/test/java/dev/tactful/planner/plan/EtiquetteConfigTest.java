package dev.tactful.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tactful.etiquette.EngineSettings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The planner writes no default of its own: unset properties are the engine's, set ones replace only themselves. */
class EtiquetteConfigTest {

    private static EngineSettings settings(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(EtiquetteConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(EtiquetteConfig.class).toSettings();
    }

    @Test
    void nothingConfiguredMeansTheEngineDefaults() {
        assertThat(settings(Map.of())).isEqualTo(EngineSettings.defaults());
    }

    @Test
    void aConfiguredValueReplacesOnlyItsOwnDefault() {
        EngineSettings s = settings(Map.of(
                "tactful.etiquette.min-days-between-touches", "5",
                "tactful.etiquette.business-start", "08:30",
                "tactful.etiquette.business-days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY"));

        EngineSettings d = EngineSettings.defaults();
        assertThat(s.minDaysBetweenTouches()).isEqualTo(5);
        assertThat(s.businessStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(s.businessDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        assertThat(s.businessEnd()).isEqualTo(d.businessEnd());
        assertThat(s.maxTouchesPerPerson()).isEqualTo(d.maxTouchesPerPerson());
        assertThat(s.thankYouWithin()).isEqualTo(d.thankYouWithin());
    }
}
