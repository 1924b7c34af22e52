// `node lib/cli/cluster.mjs WORKERS next-args…`: serves the built app from several `next start`
// processes sharing one port (Node's cluster module: this process accepts the connections and
// hands them out in turn). One Node process renders one page at a time on one core; on a machine
// with more cores the others sit idle while requests queue (npm run bench:pages, decision 0008).
//
// Every worker runs the same build with the same environment and keeps nothing of its own between
// requests that another must see: sessions live in the signed cookie, sign-in throttling and all
// data in PostgreSQL. Prints one line once every worker listens; a worker that dies while
// serving is replaced, and one that dies before it ever listened stops the whole server. The ready
// line is what lib/cli/database.ts SERVER_READY matches.
import cluster from "node:cluster";
import path from "node:path";

const [count, ...nextArgs] = process.argv.slice(2);
const workers = Math.max(1, Number(count) || 1);
const nextBin = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

// Each worker's old generation is capped (SERVER_HEAP_MB, default 256). A worker's live heap is
// ≈ 80 MB on the national dataset, but V8 lets the heap grow to several times that between
// collections: bench:pages measured the same throughput with two workers at 682 MB instead of
// 1,094 MB. The largest request (a 10,000-row audit export) stays far below the cap. Flags given
// to this process (BENCH_SERVER_NODE_ARGS) come later and so win.
const heapMb = Number(process.env.SERVER_HEAP_MB) || 256;
cluster.setupPrimary({ exec: nextBin, args: nextArgs, execArgv: [`--max-old-space-size=${heapMb}`, ...process.execArgv] });

let stopping = false;
let listening = 0;
const everListened = new Set();

function fork() {
  const worker = cluster.fork();
  worker.once("listening", () => {
    everListened.add(worker.id);
    listening += 1;
    if (listening === workers) console.log(`✓ Sẵn sàng: ${workers} tiến trình phục vụ`);
  });
}

cluster.on("exit", (worker, code, signal) => {
  if (everListened.has(worker.id)) listening -= 1;
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
    return;
  }
  if (!everListened.has(worker.id)) {
    // It never served: the next one would fail the same way (port taken, build missing).
    stop(code || 1);
    return;
  }
  console.error(`Tiến trình phục vụ ${worker.process.pid} đã dừng (${signal ?? code}); đang khởi động tiến trình thay thế.`);
  fork();
});

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const alive = Object.values(cluster.workers ?? {});
  if (alive.length === 0) process.exit(code);
  for (const worker of alive) worker?.process.kill("SIGTERM");
  process.exitCode = code;
  // Whatever a worker does on SIGTERM, the server is gone within 10 s.
  setTimeout(() => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    process.exit(code);
  }, 10_000).unref();
}

process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));
for (let i = 0; i < workers; i += 1) fork();
