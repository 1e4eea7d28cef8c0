package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Embedders only ever see public types: no public signature mentions an internal one. */
class PublicApiTest {

  @Test
  void should_not_mention_internal_types_in_public_signatures() throws Exception {
    // GIVEN every public class of the public package
    List<Class<?>> api = publicClasses();
    assertThat(api).contains(NapReader.class, NapWriter.class);

    // WHEN
    var leaks = new ArrayList<String>();
    for (Class<?> type : api) {
      for (Method method : type.getDeclaredMethods()) {
        if (isVisible(method.getModifiers())) {
          check(method.getGenericReturnType().getTypeName(), type, method, leaks);
          checkExecutable(method, type, leaks);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor.getModifiers())) {
          checkExecutable(constructor, type, leaks);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field.getModifiers())) {
          check(field.getGenericType().getTypeName(), type, field, leaks);
        }
      }
    }

    // THEN
    assertThat(leaks).isEmpty();
  }

  private static void checkExecutable(Executable executable, Class<?> type, List<String> leaks) {
    Stream.concat(
            Arrays.stream(executable.getGenericParameterTypes()),
            Arrays.stream(executable.getGenericExceptionTypes()))
        .forEach(parameter -> check(parameter.getTypeName(), type, executable, leaks));
  }

  private static void check(String typeName, Class<?> type, Object member, List<String> leaks) {
    if (typeName.contains(".internal.")) {
      leaks.add(type.getSimpleName() + ": " + member);
    }
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> publicClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path folder =
        Path.of(NapReader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("org/napcheck/io");
    var classes = new ArrayList<Class<?>>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("org.napcheck.io." + name.replace('/', '.'));
        if (Modifier.isPublic(type.getModifiers())) {
          classes.add(type);
        }
      }
    }
    return classes;
  }
}
