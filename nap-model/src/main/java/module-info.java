/**
 * The plan, monitoring and finding types, and their Bean Validation constraints.
 *
 * <p>Hibernate Validator reads the constraints reflectively, among them checks on package-private
 * methods: the package is open to it, and to nothing else.
 */
module org.napcheck.model {
  requires transitive jakarta.validation;

  exports org.napcheck.model;

  opens org.napcheck.model to
      org.hibernate.validator;
}
