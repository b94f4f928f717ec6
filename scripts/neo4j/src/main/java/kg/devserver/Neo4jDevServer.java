package kg.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Embedded Neo4j Community server for kg development and CI.
 *
 * <p>Usage: {@code Neo4jDevServer <home-dir> <bolt-port>}, with the password of user
 * {@code neo4j} in the environment variable {@code KG_NEO4J_PASSWORD}. Bolt listens on
 * 127.0.0.1 only, without TLS, with authentication on. A single line starting with
 * {@code KG_NEO4J_READY} is printed once the password is set and Bolt accepts logins.
 * SIGTERM (or Ctrl-C) shuts the DBMS down cleanly. Start it via {@code scripts/neo4j-dev}.
 */
public final class Neo4jDevServer {
    static final String READY = "KG_NEO4J_READY";
    static final String PASSWORD_ENV = "KG_NEO4J_PASSWORD";

    private Neo4jDevServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            fail("usage: Neo4jDevServer <home-dir> <bolt-port>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.length() < 8) {
            // Neo4j's default dbms.security.auth_minimum_password_length is 8.
            fail(PASSWORD_ENV + " must be set to at least 8 characters");
        }
        try {
            run(home, port, password);
        } catch (Throwable e) {
            // Neo4j's non-daemon threads would otherwise keep a half-started JVM alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path home, int port, String password) throws Exception {
        Files.createDirectories(home);
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No lock-out after failed logins: tests that probe a wrong password
                // must not lock the real user out for auth_lock_time (default 3 tries / 5 s).
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty's default 5 s quiet period per Bolt connector makes shutdown take ~10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j-dev: shutting down");
            dbms.shutdown();
            System.out.println("kg-neo4j-dev: stopped");
            System.out.flush();
            stopped.countDown();
        }, "kg-neo4j-shutdown"));

        // Embedded transactions bypass auth, so the system database can set the
        // initial password directly (the built-in default is "neo4j", change required).
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                Map.of(), r -> (String) r.next().get("v"));

        System.out.printf("%s bolt://127.0.0.1:%d neo4j %s (%d ms) pid=%d%n", READY, port, version,
                (System.nanoTime() - t0) / 1_000_000, ProcessHandle.current().pid());
        System.out.flush();
        stopped.await();
    }

    private static void fail(String message) {
        System.err.println("kg-neo4j-dev: " + message);
        System.exit(2);
    }
}
