package dev.tactful.interview.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Cross-field rules of a logged interview; each violation names the field a client should correct. */
@Documented
@Constraint(validatedBy = ConsistentInterviewValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentInterview {

    String message() default "inconsistent interview";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
