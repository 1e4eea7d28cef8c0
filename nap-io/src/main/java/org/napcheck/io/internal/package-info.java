/**
 * Not API: how nap-io parses, binds, validates and writes its formats. Public only so that the
 * public packages of nap-io can use it; it may change in any release. Use {@link
 * org.napcheck.io.NapReader} and {@link org.napcheck.io.NapWriter} instead.
 */
package org.napcheck.io.internal;
