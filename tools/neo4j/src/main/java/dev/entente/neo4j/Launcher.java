package dev.entente.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts Neo4j Community in this JVM with Bolt on loopback, for development, tests and
 * benchmarks on machines that have Java but no Docker and no Neo4j package.
 *
 * <p>Several independent servers can run side by side ({@code --instances}), each with its own
 * store and Bolt port, so that parallel test workers never share a database (Community has one
 * user database per server). Once every server answers, one line per server is printed:
 * {@code NEO4J_URI=bolt://127.0.0.1:PORT}, then {@code READY}. The servers stop, and their
 * temporary stores are deleted, on SIGTERM/SIGINT or, with {@code --watch-stdin}, when standard
 * input closes (so a crashed parent never leaves a server behind).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path root =
        options.home != null
            ? Files.createDirectories(Path.of(options.home))
            : Files.createTempDirectory("entente-neo4j-");
    List<DatabaseManagementService> services = new ArrayList<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (DatabaseManagementService service : services) {
                    try {
                      service.shutdown();
                    } catch (RuntimeException e) {
                      System.err.println("neo4j: shutdown failed: " + e);
                    }
                  }
                  if (options.home == null) deleteTree(root);
                }));

    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < options.instances; i++) {
      int port = options.port == 0 ? freePort() : options.port + i;
      Path home = root.resolve("instance-" + (i + 1));
      services.add(start(home, port, options));
      ports.add(port);
    }
    for (int port : ports) System.out.println("NEO4J_URI=bolt://127.0.0.1:" + port);
    System.out.println("READY");
    System.out.flush();

    if (options.watchStdin) {
      InputStream in = System.in;
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // Nothing to read: the parent only keeps the pipe open while it lives.
      }
      System.exit(0);
    } else {
      Thread.currentThread().join();
    }
  }

  private static DatabaseManagementService start(Path home, int port, Options options)
      throws IOException {
    String address = "127.0.0.1:" + port;
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", address);
    // Routing drivers (neo4j:// URIs) are sent back to this address.
    settings.put("server.bolt.advertised_address", address);
    settings.put("server.default_advertised_address", "127.0.0.1");
    settings.put("server.bolt.tls_level", "DISABLED");
    settings.put("dbms.security.auth_enabled", "false");
    settings.put("server.memory.pagecache.size", options.pageCache);
    settings.put("db.tx_log.preallocate", "false");
    settings.put("db.tx_log.rotation.retention_policy", "1 files");
    settings.put("dbms.usage_report.enabled", "false");
    settings.put("server.directories.plugins", options.plugins);
    settings.put("dbms.security.procedures.unrestricted", "apoc.*");
    // Bolt's network threads otherwise wait twice 5 s for stragglers when a test stops the server.
    settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    settings.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
    // Written as a neo4j.conf, the form a server reads, so the file documents the instance.
    Files.createDirectories(home);
    Path conf = home.resolve("neo4j.conf");
    StringBuilder text = new StringBuilder();
    settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(conf, text.toString());
    return new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
  }

  /** A port nobody listens on now; the server binds it a moment later. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j: could not delete " + root + ": " + e);
    }
  }

  /** Command-line options; every one has a default that suits a test run. */
  private static final class Options {
    int port = 0;
    int instances = 1;
    String home;
    String pageCache = "64m";
    String plugins = "plugins";
    boolean watchStdin;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--port" -> options.port = Integer.parseInt(value(args, ++i, arg));
          case "--instances" -> options.instances = Integer.parseInt(value(args, ++i, arg));
          case "--home" -> options.home = value(args, ++i, arg);
          case "--page-cache" -> options.pageCache = value(args, ++i, arg);
          case "--plugins" -> options.plugins = value(args, ++i, arg);
          case "--watch-stdin" -> options.watchStdin = true;
          default -> usage("unknown option " + arg);
        }
      }
      if (options.instances < 1) usage("--instances must be at least 1");
      if (options.port < 0 || options.port > 65535) usage("--port must be 0 to 65535");
      return options;
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) usage(option + " needs a value");
      return args[index];
    }

    private static void usage(String problem) {
      System.err.println(
          "neo4j launcher: "
              + problem
              + "\nusage: Launcher [--port N (0: free ports)] [--instances N] [--home DIR]"
              + " [--page-cache SIZE] [--plugins DIR] [--watch-stdin]");
      System.exit(2);
    }
  }
}
