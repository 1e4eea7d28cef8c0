/**
 * The Drools rules, the rule catalog and {@link org.napcheck.rules.NapChecker}.
 *
 * <p>Exports the checker and the facts extra rules match, not {@code org.napcheck.rules.internal},
 * which holds the DRL and the executable model the kie-maven-plugin generates from it (its lambdas
 * in generated subpackages of it, which are not exported either). Drools has no module descriptors:
 * its jars are automatic modules, which read every module.
 */
@SuppressWarnings("requires-automatic")
module org.napcheck.rules {
  requires transitive org.napcheck.model;
  requires org.kie.api;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.model.codegen;
  requires org.drools.drl.parser;
  requires org.drools.drl.ast;
  requires org.slf4j;

  exports org.napcheck.rules;
  exports org.napcheck.rules.facts;
}
