export const dynamic = "force-dynamic";

export default function FloorPage() {
  return (
    <main>
      <h1>Chỉ đạo – Điều hành</h1>
      <p>Máy chủ đang hoạt động.</p>
    </main>
  );
}
