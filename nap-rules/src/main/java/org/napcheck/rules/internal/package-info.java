/**
 * Not API: how napcheck builds facts, infers from texts, loads and runs its rules. The DRL files
 * and the classes the executable model generates from them live in this package too. Anything here
 * may change without notice.
 */
package org.napcheck.rules.internal;
