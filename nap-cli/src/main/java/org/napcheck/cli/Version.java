package org.napcheck.cli;

import org.napcheck.rules.NapChecker;
import picocli.CommandLine;

/** The version the command prints: napcheck's and its rule set's. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Napcheck.class.getPackage().getImplementationVersion();
    return new String[] {
      "napcheck " + (version == null ? "(development build)" : version),
      NapChecker.defaultRuleSetName()
    };
  }
}
