/**
 * Public API: {@link org.napcheck.server.NapServer}, napcheck over HTTP, started with {@link
 * org.napcheck.server.ServerSettings}.
 */
package org.napcheck.server;
