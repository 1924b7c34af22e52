// `npm start`: one command from a fresh clone to a running app with demo data. Opens the
// database (embedded unless DATABASE_URL is set), migrates, seeds an empty database, builds when
// the sources changed, serves on PORT (3000), and prints the demo accounts.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { format, messages } from "../i18n/messages";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/users";
import { authSecret, nextStartArgs, openDatabase, prepareDatabase, ROOT, SERVER_READY, serverWorkers, StartupError } from "./database";
import { buildIsStale } from "./build";
import { explainStartupError } from "./startup-errors";

const port = Number(process.env.PORT ?? 3000);
const m = messages.startup;

function assertPortFree(p: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(Object.assign(error, { port: p })));
    probe.listen(p, () => probe.close(() => resolve()));
  });
}

/** The address and the demo accounts in one write, so nothing reading the output sees half of it. */
function printAccounts(url: string) {
  const accounts = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(18)} ${a.description}`);
  console.log([`\n${format(m.ready, { url })}\n`, format(m.accountsTitle, { password: DEMO_PASSWORD }), ...accounts, ""].join("\n"));
}

async function main() {
  let databaseUrl: string | undefined = process.env.DATABASE_URL;
  let database: Awaited<ReturnType<typeof openDatabase>> | null = null;
  try {
    const secret = authSecret();
    await assertPortFree(port);
    database = await openDatabase();
    databaseUrl = database.url;
    if (!database.embedded) console.log(format(m.server, { target: new URL(database.url).host }));
    await prepareDatabase(database.url);
    if (buildIsStale()) {
      console.log(m.building);
      const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit" });
      if (build.status !== 0) throw new StartupError(m.buildFailed);
    }
    const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
    // The embedded database runs in this process, one query at a time: more workers would only queue.
    const server = spawn(process.execPath, nextStartArgs(port, database.embedded ? 1 : serverWorkers()), {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: secret, NEXTAUTH_URL: publicUrl, NODE_ENV: "production" },
    });
    server.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text);
      if (SERVER_READY.test(text)) printAccounts(publicUrl);
    });
    let stopping = false;
    const stop = async () => {
      stopping = true;
      console.log(m.stopping);
      server.kill("SIGTERM");
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const code: number = await new Promise((resolve) => server.once("exit", (c) => resolve(c ?? 0)));
    await database.close();
    // Stopped on request (Ctrl+C, SIGTERM) is a clean exit whatever code Next chose.
    process.exit(stopping ? 0 : code);
  } catch (error) {
    await database?.close().catch(() => {});
    console.error(error instanceof StartupError ? error.message : explainStartupError(error, databaseUrl));
    process.exit(1);
  }
}

void main();
