// The abort-reason workaround (lib/server/abort-reason-stacks.ts): what it frees, and that aborting
// behaves exactly as before. Garbage collection is asked for through V8's own flag.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/server/abort-reason-stacks";

setFlagsFromString("--expose_gc");
const gc = runInNewContext("gc") as () => void;

/** Aborts from inside a method of an object holding a large payload, then lets go of the object. */
function abortFromRender(): { controller: AbortController; rendered: WeakRef<object> } {
  const controller = new AbortController();
  const render = {
    payload: new Array(100_000).fill("trang"),
    finish() {
      controller.abort(new Error("render finished"));
    },
  };
  render.finish();
  return { controller, rendered: new WeakRef(render) };
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  gc();
  return ref.deref() === undefined;
}

describe("abort reasons and what their stacks keep", () => {
  it("without the workaround, a live signal keeps the aborting frame's receiver (the leak)", async () => {
    const { controller, rendered } = abortFromRender();
    expect(await collected(rendered)).toBe(false);
    expect(controller.signal.aborted).toBe(true);
  });

  it("with it, the render is collected while the signal lives on", async () => {
    releaseAbortReasonStacks();
    const { controller, rendered } = abortFromRender();
    expect(await collected(rendered)).toBe(true);
    expect(controller.signal.reason).toBeInstanceOf(Error);
    expect((controller.signal.reason as Error).stack).toContain("render finished");
  });

  it("aborts as before: the same reason, listeners once, the first reason kept, a default reason", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks();
    const controller = new AbortController();
    const reason = new Error("lý do");
    let calls = 0;
    controller.signal.addEventListener("abort", () => (calls += 1));
    controller.abort(reason);
    controller.abort(new Error("sau"));
    expect(controller.signal.reason).toBe(reason);
    expect(calls).toBe(1);

    const bare = new AbortController();
    bare.abort();
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");

    const plain = new AbortController();
    plain.abort("chuỗi");
    expect(plain.signal.reason).toBe("chuỗi");
  });
});
