package org.napcheck.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that readers, and a crash, see either the old file or the new one, never a
 * half-written mix: the bytes go to a temporary file in the same folder, which then replaces the
 * target in one move.
 *
 * <pre>{@code
 * new AtomicFiles().write(Path.of("out/report.json"), new NapWriter().reportToJson(report));
 * }</pre>
 *
 * <p>A symbolic link is followed, and the file it points to replaced; a device or a FIFO is written
 * into as it is (there is nothing to replace it with).
 *
 * <p>A process that is stopped (SIGTERM, Ctrl-C) while it writes leaves the old file, and, unless a
 * shutdown hook {@linkplain #abort() aborts} the writer as the {@code napcheck} command does, a
 * temporary file beside it. An abort ends the writes of its writer and of no other: each writer
 * holds its own state, and is safe for threads. A writer is cheap: build one per write, or share
 * one to abort its writes together.
 */
public final class AtomicFiles {

  /** As Linux: a chain of more links is a loop, or as good as one. */
  private static final int MAX_LINKS = 40;

  /** Guards the creation and the move of temporary files against {@link #abort()}. */
  private final Object lock = new Object();

  /** The temporary files of this writer's writes under way. */
  private final Set<Path> underWay = ConcurrentHashMap.newKeySet();

  private volatile boolean aborted;

  public AtomicFiles() {}

  /** Writes {@code text} as UTF-8; creates the folder if needed. */
  public void write(Path target, String text) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes}; creates the folder if needed. A symbolic link stays a link: the file it
   * points to gets the bytes. What is not a regular file (a device such as {@code /dev/null}, a
   * FIFO) is written into as it is, never replaced.
   */
  public void write(Path target, byte[] bytes) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bytes, "bytes");
    try {
      replace(target, bytes);
    } catch (FileSystemException e) {
      throw e.getFile() != null && e.getFile().endsWith(".tmp") ? naming(target, e) : e;
    } catch (Aborted e) {
      throw e;
    } catch (IOException e) {
      // A full disk, a failed device: said with no file name, which the caller needs.
      throw naming(target, e);
    }
  }

  /**
   * The failure told of {@code target}: the name of the temporary file means nothing to whoever
   * asked for the target, and a system error such as "No space left on device" names no file.
   */
  private static FileSystemException naming(Path target, IOException e) {
    String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
    FileSystemException named =
        e instanceof AccessDeniedException
            ? new AccessDeniedException(target.toString(), null, reason)
            : new FileSystemException(target.toString(), null, reason);
    named.initCause(e);
    return named;
  }

  private void replace(Path target, byte[] bytes) throws IOException {
    Path absolute = followLinks(target.toAbsolutePath());
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a folder, not a file");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      writeInto(absolute, bytes);
      return;
    }
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    // Same folder, hence same file system: the move can be a rename. Created like any new file
    // (not with createTempFile, whose owner-only permissions the target would inherit).
    Path temporary =
        folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      FileChannel channel;
      synchronized (lock) {
        refuseIfAborted(target);
        channel =
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        underWay.add(temporary);
      }
      try (channel) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        // On disk before the rename, so that a crash cannot leave a renamed empty file.
        channel.force(true);
      }
      synchronized (lock) {
        // After abort() the temporary file is gone and the target must stay as it was.
        refuseIfAborted(target);
        move(temporary, absolute);
      }
    } finally {
      Files.deleteIfExists(temporary);
      underWay.remove(temporary);
    }
  }

  /**
   * Ends the writes of this writer, for a shutdown hook: deletes the temporary files of its writes
   * under way, whose targets keep their old content, and makes its every later write fail. A write
   * that has already moved its file into place is complete. Other writers write on. Irreversible
   * for this writer.
   *
   * <pre>{@code
   * AtomicFiles files = new AtomicFiles();
   * Runtime.getRuntime().addShutdownHook(new Thread(files::abort));
   * }</pre>
   */
  public void abort() {
    synchronized (lock) {
      aborted = true;
      for (Path temporary : underWay) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Best effort: the process is stopping, and the target is intact either way.
        }
      }
    }
  }

  /** The file a chain of symbolic links ends at, existing or not. */
  private static Path followLinks(Path path) throws IOException {
    Path at = path;
    for (int links = 0; Files.isSymbolicLink(at); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      at = at.resolveSibling(Files.readSymbolicLink(at));
    }
    return at;
  }

  /** Straight into a device or a FIFO: it cannot be replaced, and must not be. */
  private void writeInto(Path node, byte[] bytes) throws IOException {
    synchronized (lock) {
      refuseIfAborted(node);
    }
    try (FileChannel channel = FileChannel.open(node, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  private void refuseIfAborted(Path target) throws IOException {
    if (aborted) {
      throw new Aborted("not written, writing was stopped: " + target);
    }
  }

  /** A write refused after {@link #abort()}: it names its file already. */
  private static final class Aborted extends IOException {
    private static final long serialVersionUID = 1L;

    Aborted(String message) {
      super(message);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      // Where the file system cannot rename over a file in one step, replacing is the best left.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
