import "server-only";
// The JSON routes' refusals and failures: a code and a Vietnamese sentence, never a stack or an
// internal message; an unexpected error is logged on the server and answered with a 500.
import { NextResponse } from "next/server";
import { messages } from "@/lib/i18n/messages";

export type ApiErrorCode = keyof typeof messages.api;

const STATUS: Record<ApiErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400, UNEXPECTED: 500 };

export function apiError(code: ApiErrorCode): NextResponse {
  return NextResponse.json({ error: code, message: messages.api[code] }, { status: STATUS[code], headers: { "Cache-Control": "no-store" } });
}

export function apiRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error("route failed", error);
      return apiError("UNEXPECTED");
    }
  };
}
