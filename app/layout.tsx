import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { messages } from "@/lib/i18n/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s · ${messages.app.shortName}` },
  description: messages.app.name,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a91f17" };

// Every page renders per request: its scripts carry the nonce of that request's
// Content-Security-Policy (proxy.ts); a page prerendered at build time would have none.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
