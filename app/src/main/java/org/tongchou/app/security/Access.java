package org.tongchou.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a route (a handler method, or every handler of a class that carries it), and for which
 * units. Every mapped route declares one: {@link RouteAccessInterceptor} refuses a call whose role is not
 * listed, and a route without a declared policy (here or in {@link RoutePolicies} for the few routes of
 * modules below security and of libraries) is refused to everyone and fails {@code RouteMatrixTest},
 * which calls every route as every role, for its own unit and another, and compares with this
 * declaration. A method's annotation replaces its class's.
 *
 * <p>Spring Security's URL rules ({@link SecurityConfig}) and the handlers' own checks stay as a second
 * line; this declaration is what the matrix test holds them to.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {
    /** The roles that may call the route (none: only {@link #anonymous()} callers, if allowed). */
    Role[] value();

    /** For which units a scoped caller (a town reporter) may call it. */
    Units units();

    /** Whether a caller who is not signed in may call it too (sign-in, setup, error pages). */
    boolean anonymous() default false;

    /** How a route relates to the units of the caller's scope. */
    enum Units {
        /** It reads or changes no unit's data (the caller's own account, the indicator list, ...). */
        NONE,
        /**
         * It reads or changes data of units, and a scoped caller only of its own (its town and villages):
         * the {@code {unitCode}} variable is checked by {@link UnitScopeInterceptor}; a unit given another
         * way (a parameter, an object's id) is checked or filtered by the handler.
         */
        OWN,
        /**
         * It reads what is published city-wide about every unit (the ranking, the map, the unit list): a
         * scoped caller may call it for any unit, and sees other units only as published city-wide (for
         * results: {@code evaluation.ResultScope}, no raw values of other towns).
         */
        CITY
    }
}
