// The server's start-up hook installs the abort-reason workaround in Node, and only there.
import { afterEach, describe, expect, it } from "vitest";
import { register } from "@/instrumentation";
import { releasingAbortReasonStacks as installed } from "@/lib/server/abort-reason-stacks";

const runtime = process.env.NEXT_RUNTIME;

afterEach(() => {
  if (runtime === undefined) delete process.env.NEXT_RUNTIME;
  else process.env.NEXT_RUNTIME = runtime;
});

describe("instrumentation register()", () => {
  it("leaves the edge runtime alone and patches the Node runtime once", async () => {
    process.env.NEXT_RUNTIME = "edge";
    await register();
    expect(installed()).toBe(false);
    process.env.NEXT_RUNTIME = "nodejs";
    await register();
    expect(installed()).toBe(true);
  });
});
