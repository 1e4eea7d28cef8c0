/**
 * Public API: the plan, monitoring and finding types of napcheck.
 *
 * <p>Every type is an immutable record. A field the published plan does not state is {@code null}
 * (for single values) or empty (for lists); "not reported" and "reported as 0" are different values
 * everywhere. The Bean Validation constraints say what makes a file impossible to check; gaps in
 * what a file says are the rules' business, not the constraints'.
 */
package org.napcheck.model;
