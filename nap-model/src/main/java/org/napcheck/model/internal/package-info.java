/**
 * Not API: what napcheck's modules share beyond the model (French typography). Exported to
 * napcheck's own modules alone; it may change in any release.
 */
package org.napcheck.model.internal;
