/** The server's routes, limits and answers: not API. */
package org.napcheck.server.internal;
