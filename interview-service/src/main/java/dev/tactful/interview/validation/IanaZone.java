package dev.tactful.interview.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An IANA time zone id such as {@code Europe/Berlin}. Fixed offsets like {@code +02:00} are refused: send
 * windows (R11) need the zone's daylight-saving rules, which an offset does not carry. Null is valid.
 */
@Documented
@Constraint(validatedBy = IanaZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IanaZone {

    String message() default "must be an IANA time zone id, e.g. Europe/Berlin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
