package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Logging an interview runs native selects (the new-interview limit's lock and count). In Hibernate Reactive 3.2
 * their plans never hit the query plan cache, so each one was a miss and a put that evicted a useful plan;
 * {@code UncachedPlan} keeps them out of the cache. Once warm, logging interviews must cost no plan-cache misses:
 * before the fix, 20 interviews cost 40.
 */
@QuarkusTest
@TestProfile(QueryPlanCacheTest.WithStatistics.class)
class QueryPlanCacheTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void loggingInterviewsAddsNoQueryPlansOnceWarm() {
        assertThat(sessions.getStatistics().isStatisticsEnabled()).as("statistics on, or the count below means nothing").isTrue();
        String candidate = Requests.newCandidate();
        for (int i = 0; i < 3; i++) {
            post(candidate);
        }
        long missesBefore = sessions.getStatistics().getQueryPlanCacheMissCount();
        for (int i = 0; i < 20; i++) {
            post(Requests.newCandidate());
        }
        long misses = sessions.getStatistics().getQueryPlanCacheMissCount() - missesBefore;
        System.out.printf("QueryPlanCacheTest: %d query plan cache misses while logging 20 interviews%n", misses);
        assertThat(misses).as("query plan cache misses while logging 20 interviews").isZero();
    }

    private static void post(String candidate) {
        Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews").then().statusCode(201);
    }
}
