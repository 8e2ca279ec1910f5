package dev.tactful.interview;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import dev.tactful.infra.TactfulInfraResource;

/**
 * Real Kafka and PostgreSQL for every test class of this module (declared once, globally, so all classes share
 * one application start). Mail is not needed here.
 */
@QuarkusTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "interview"),
        @ResourceArg(name = "services", value = "kafka,postgres") })
@QuarkusTestResource(PartServices.class)
public final class TestInfra {

    private TestInfra() {
    }
}
