import { describe, expect, it } from "vitest";
import { actionBody, actionResult, userMix, visitAt } from "@/lib/cli/bench/load-plan";
import { percentile, summarize } from "@/lib/cli/bench/stats";

describe("bench:load's people and their visits", () => {
  it.each([
    [200, { heads: 160, offices: 20, leaders: 20 }],
    [10, { heads: 8, offices: 1, leaders: 1 }],
    [3, { heads: 1, offices: 1, leaders: 1 }],
    [2, { heads: 2, offices: 0, leaders: 0 }],
    [1, { heads: 1, offices: 0, leaders: 0 }],
  ])("%i people", (n, mix) => {
    expect(userMix(n)).toEqual(mix);
  });

  it.each([0, -5, 2.5, Number.NaN])("refuses %d people", (n) => {
    expect(() => userMix(n)).toThrow();
  });

  it("each kind repeats its sequence, round after round", () => {
    expect([0, 1, 2, 3, 4].map((step) => visitAt("head", step))).toEqual([
      { route: "inbox", round: 0 },
      { route: "assignment", round: 0 },
      { route: "report", round: 0 },
      { route: "inbox", round: 1 },
      { route: "assignment", round: 1 },
    ]);
    expect(visitAt("office", 7)).toEqual({ route: "search", round: 2 });
    expect(visitAt("leader", 2)).toEqual({ route: "heatmap", round: 0 });
  });
});

describe("calling a server action over HTTP", () => {
  it("encodes (previousState = null, formData) the way React's encodeReply does", () => {
    const body = actionBody({ assignmentId: "42", content: "Đã triển khai" });
    expect([...body.entries()]).toEqual([
      ["_1_assignmentId", "42"],
      ["_1_content", "Đã triển khai"],
      ["0", '[null,"$K1"]'],
    ]);
  });

  it("reads the result row the answer's first row points to", () => {
    const refused = '0:{"a":"$@1","q":"","i":false,"b":"x"}\n1:{"ok":false,"message":"Phiên làm việc đã hết hạn.","fieldErrors":{}}\n';
    expect(actionResult(refused)).toEqual({ ok: false, message: "Phiên làm việc đã hết hạn.", fieldErrors: {} });
    // A success re-renders the page: the result comes after other rows, some of them not JSON.
    const saved = '2:"$Sreact.fragment"\n4:I[39756,["$3"],"default"]\n0:{"a":"$@1","t":{"s":""}}\n1:{"ok":true,"value":{"reportId":7}}\n5:{"ok":false}\n';
    expect(actionResult(saved)?.ok).toBe(true);
    expect(actionResult('0:{"a":{"ok":true,"value":1}}')?.ok).toBe(true);
  });

  it("finds no result in an error page or a truncated answer", () => {
    expect(actionResult("<!DOCTYPE html><html>Internal Server Error</html>")).toBeNull();
    expect(actionResult('0:{"a":"$@1"}\n')).toBeNull();
    expect(actionResult('0:{"a":"$@1"')).toBeNull();
  });
});

describe("percentiles", () => {
  it("nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it("summarizes unsorted times, rounded", () => {
    expect(summarize([30.4, 10.2, 20.6, 40.1])).toEqual({ p50: 21, p95: 40, p99: 40, count: 4 });
  });
});
