// Preloaded into `next start` (node --import): Next keeps an X-Forwarded-For the client sent and
// only fills it in when absent, so a client could pick the address the sign-in throttle counts.
// Appending the socket's own address to every request, as a reverse proxy does, makes the
// rightmost entry trustworthy (read by lib/auth/client-address.ts).
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === "request" && request?.headers) {
    const socket = request.socket?.remoteAddress ?? "unknown";
    const prior = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = prior ? `${prior}, ${socket}` : socket;
  }
  return emit.call(this, event, request, ...rest);
};
