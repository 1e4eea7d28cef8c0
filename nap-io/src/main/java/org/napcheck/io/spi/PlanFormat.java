package org.napcheck.io.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.napcheck.io.ReadLimits;
import org.napcheck.model.Plan;

/**
 * A format of plans that a module beside nap-io reads: {@link org.napcheck.io.NapReader#readPlan}
 * reads a file of such a format through it, found with {@link java.util.ServiceLoader} (nap-xlsx
 * provides spreadsheets). Implementations are stateless and safe for threads.
 */
public interface PlanFormat {

  /** Whether plans named so are in this format, by the name's extension: {@code plan.xlsx}. */
  boolean reads(String fileName);

  /**
   * Reads a plan from a file within {@code limits}, its problems told in {@code locale}'s language.
   */
  Plan read(Path file, ReadLimits limits, Locale locale) throws IOException;

  /** Reads a plan from a stream, read to its end and not closed; {@code sourceName} names it. */
  Plan read(InputStream in, String sourceName, ReadLimits limits, Locale locale) throws IOException;
}
