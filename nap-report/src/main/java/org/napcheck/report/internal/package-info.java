/**
 * Not API: the writers behind {@link org.napcheck.report.ReportFormat}. It may change in any
 * release.
 */
package org.napcheck.report.internal;
