/**
 * Not API: the writers behind {@link org.napcheck.io.report.ReportFormat}. It may change in any
 * release.
 */
package org.napcheck.io.report.internal;
