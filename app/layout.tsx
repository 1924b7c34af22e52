import type { Metadata, Viewport } from "next";
import { messages } from "@/lib/i18n/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s · ${messages.app.shortName}` },
  description: messages.app.name,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a91f17" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
