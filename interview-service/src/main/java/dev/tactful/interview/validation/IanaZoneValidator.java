package dev.tactful.interview.validation;

import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class IanaZoneValidator implements ConstraintValidator<IanaZone, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isIanaZone(value);
    }

    /** Region ids known to the JDK's tz database; {@link ZoneId#of} alone would also accept offsets. */
    public static boolean isIanaZone(String value) {
        return ZoneId.getAvailableZoneIds().contains(value);
    }
}
