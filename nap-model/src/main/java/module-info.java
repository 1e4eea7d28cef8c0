/**
 * The plan, monitoring and finding types, and their Bean Validation constraints.
 *
 * <p>Hibernate Validator reads the constraints reflectively, among them checks on package-private
 * methods: the package is open to it, and to nothing else.
 */
module org.napcheck.model {
  requires transitive jakarta.validation;

  exports org.napcheck.model;
  exports org.napcheck.model.internal to
      org.napcheck.io,
      org.napcheck.rules,
      org.napcheck.report;

  opens org.napcheck.model to
      org.hibernate.validator;
}
