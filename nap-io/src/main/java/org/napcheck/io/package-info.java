/**
 * Public API: reading plans, monitoring data and waivers (YAML, JSON, CSV), writing them back, the
 * JSON report, and the JSON Schemas of these formats.
 *
 * <p>Start with {@link org.napcheck.io.NapReader} and {@link org.napcheck.io.NapWriter}. A file
 * that cannot be understood is refused with a {@link org.napcheck.io.NapFormatException} listing
 * every {@link org.napcheck.io.Problem} with its file, line and column; a plan that is merely
 * incomplete loads, since finding its gaps is the rules' job. Everything in {@code
 * org.napcheck.io.internal} may change without notice.
 */
package org.napcheck.io;
