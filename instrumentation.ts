// Runs once in each server process as it starts (Next's instrumentation hook), before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("./lib/server/abort-reason-stacks");
  releaseAbortReasonStacks();
}
