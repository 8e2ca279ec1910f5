package dev.tactful.etiquette;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Calendar arithmetic over the settings' business days (R6 grace days, R9 close, R12 post). */
final class BusinessDays {

    private final Set<DayOfWeek> businessDays;

    BusinessDays(EngineSettings settings) {
        this.businessDays = settings.businessDays();
        if (businessDays.isEmpty()) {
            throw new IllegalArgumentException("at least one business day is needed");
        }
    }

    boolean isBusinessDay(LocalDate date) {
        return businessDays.contains(date.getDayOfWeek());
    }

    /** The date {@code n} business days after {@code date} (the start date itself never counts). */
    LocalDate plus(LocalDate date, int n) {
        LocalDate d = date;
        int left = Math.max(0, n);
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The latest business day on or before {@code date}. */
    LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
