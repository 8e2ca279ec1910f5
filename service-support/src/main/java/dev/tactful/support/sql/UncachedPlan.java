package dev.tactful.support.sql;

import java.util.List;

/**
 * Keeps a native select out of Hibernate's query plan cache. Hibernate Reactive 3.2 keys the plan of a native
 * select by its result set mapping, and {@code ReactiveResultSetMapping} has no {@code equals}: every execution
 * misses, builds a plan and puts it into the bounded cache, evicting others. JFR showed 11.7 % of interview-service's
 * CPU in those lookups and puts. Hibernate never caches the plan of a query with a multi-valued parameter, so each
 * native select carries the always-true {@link #CONDITION} with {@link #VALUE} bound to {@link #PARAMETER}: the
 * plan is built once per execution, which is what happened anyway, and nothing churns the cache.
 * {@code QueryPlanCacheTest} in interview-service watches this.
 */
public final class UncachedPlan {

    public static final String PARAMETER = "uncached_plan";

    /** Append to the WHERE clause ({@code ... AND } + CONDITION, or {@code WHERE } + CONDITION). */
    public static final String CONDITION = "1 IN (:" + PARAMETER + ")";

    public static final List<Integer> VALUE = List.of(1);

    private UncachedPlan() {
    }
}
