/**
 * Public API: {@link org.napcheck.rules.NapChecker}, built once and shared, checks a plan with its
 * monitoring reports as of a date.
 *
 * <pre>{@code
 * NapChecker checker = NapChecker.builder().dueSoonWindow(Period.ofMonths(6)).build();
 * CheckReport report = checker.check(plan, reports, LocalDate.of(2030, 1, 1));
 * }</pre>
 *
 * <p>The facts that extra rules match are in {@link org.napcheck.rules.facts}; everything in {@code
 * org.napcheck.rules.internal} may change without notice.
 */
package org.napcheck.rules;
