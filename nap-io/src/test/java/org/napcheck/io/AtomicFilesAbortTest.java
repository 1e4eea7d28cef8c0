package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtomicFiles#abortWrites()} ends every write of the process, so it is tried on a copy of
 * the class of its own, loaded apart, never on the one the other tests use. What it does to a write
 * under way is shown through the jar, by killing it (nap-cli's SignalsIT).
 */
class AtomicFilesAbortTest {

  @Test
  void should_refuse_every_write_after_an_abort_and_leave_the_target_as_it_was(@TempDir Path folder)
      throws Exception {
    // GIVEN last month's report, and a copy of AtomicFiles of its own
    Path target = Files.writeString(folder.resolve("report.html"), "old");
    try (var loader = isolated()) {
      Class<?> atomicFiles = loader.loadClass(AtomicFiles.class.getName());
      Method write = atomicFiles.getMethod("write", Path.class, String.class);

      // WHEN
      atomicFiles.getMethod("abortWrites").invoke(null);
      Throwable refused = thrown(() -> write.invoke(null, target, "new"));

      // THEN
      assertThat(refused)
          .isInstanceOf(IOException.class)
          .hasMessage("not written, the process is stopping: " + target);
    }
    assertThat(target).hasContent("old");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void should_leave_the_writes_of_this_class_alone(@TempDir Path folder) throws Exception {
    // GIVEN an abort in the copy apart
    try (var loader = isolated()) {
      loader.loadClass(AtomicFiles.class.getName()).getMethod("abortWrites").invoke(null);
    }

    // WHEN
    AtomicFiles.write(folder.resolve("report.json"), "{}");

    // THEN
    assertThat(folder.resolve("report.json")).hasContent("{}");
  }

  /** AtomicFiles needs nothing but the JDK: loaded apart, its state is its own. */
  private static URLClassLoader isolated() {
    URL classes = AtomicFiles.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
  }

  private interface Call {
    void run() throws Exception;
  }

  private static Throwable thrown(Call call) throws Exception {
    try {
      call.run();
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }
}
