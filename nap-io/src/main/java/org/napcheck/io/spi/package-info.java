/**
 * Public API for modules that extend nap-io: {@link org.napcheck.io.spi.PlanFormat}, a format of
 * plans that {@link org.napcheck.io.NapReader} reads through another module.
 */
package org.napcheck.io.spi;
