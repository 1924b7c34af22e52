// Frees what an abort reason's stack would otherwise keep alive, for the life of the server.
//
// V8 records an Error's stack as frames (CallSiteInfo) and turns them into text only when `.stack`
// is first read; until then each frame keeps its receiver and function alive. React's Flight
// server ends every render with `cacheController.abort(Error("This render completed
// successfully…"))` from a setImmediate callback: that Error's frames keep the Immediate, the
// Immediate keeps the render's AsyncLocalStorage store and, through its stale queue links, the
// Immediates — and so the stores — of the renders that ran in the same batch. Nobody reads the
// stack, so under steady load every rendered page stays reachable: measured on the national
// dataset, a worker's live heap grew ≈ 110 KB per inbox page (75 → 162 MB in 20 s) and never
// came back (vercel/next.js#97434, react/react#37288; next 16.4.6, react 19.3.1, Node 20).
//
// Reading the reason's `.stack` right after the abort turns the frames into a string, and the
// render is collected with its request. Behaviour is otherwise unchanged: same reason, same
// listeners, same order. Remove once the Flight server creates that Error without frames.
const PATCHED = Symbol.for("chidao.abortReasonStacks");

type Patched = typeof AbortController.prototype.abort & { [PATCHED]?: true };

/** Whether this process's AbortController already reads its reasons' stacks. */
export function releasingAbortReasonStacks(): boolean {
  return Boolean((AbortController.prototype.abort as Patched)[PATCHED]);
}

export function releaseAbortReasonStacks(): void {
  const proto = AbortController.prototype;
  if (releasingAbortReasonStacks()) return;
  const original = proto.abort;
  const abort: Patched = function (this: AbortController, reason?: unknown) {
    original.call(this, reason);
    const stored: unknown = this.signal.reason;
    if (typeof stored === "object" && stored !== null && "stack" in stored) void (stored as { stack?: unknown }).stack;
  };
  abort[PATCHED] = true;
  proto.abort = abort;
}
