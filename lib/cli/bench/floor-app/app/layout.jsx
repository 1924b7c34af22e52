// The framework floor (npm run bench:pages): the smallest dynamic Next.js page, with no proxy, session,
// database or stylesheet — what any page of the app costs at least on this machine.
export default function RootLayout({ children }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
