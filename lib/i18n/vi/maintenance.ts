// Words of the maintenance commands: backup and restore.
export const maintenance = {
  backup: {
    done: "Đã sao lưu cơ sở dữ liệu vào {file} ({size}).",
    restored: "Đã khôi phục cơ sở dữ liệu từ {file}.",
    movedAside: "Dữ liệu cũ được giữ lại tại {dir} (xóa thư mục này khi không cần nữa).",
    appRunning:
      "Ứng dụng đang chạy (tiến trình {pid}) và đang giữ cơ sở dữ liệu nhúng {dir}: hãy dừng ứng dụng (Ctrl+C trong cửa sổ npm start) rồi chạy lại lệnh này.",
    missingFile: "Hãy cho biết tệp sao lưu cần khôi phục: npm run db:restore -- <tệp>.",
    fileNotFound: "Không tìm thấy tệp sao lưu {file}.",
    notEmpty:
      "Cơ sở dữ liệu đích {target} đã có {tables} bảng: chỉ khôi phục vào một cơ sở dữ liệu trống. Hãy tạo cơ sở dữ liệu mới (createdb) và đặt DATABASE_URL trỏ tới nó.",
    wrongKind:
      "Tệp {file} là bản sao lưu của {kind}, không khôi phục được vào cơ sở dữ liệu đang dùng. Bản sao lưu máy chủ (pg_dump) cần DATABASE_URL; bản sao lưu nhúng (.tar.gz) cần bỏ trống DATABASE_URL.",
    kindServer: "máy chủ PostgreSQL (pg_dump)",
    kindEmbedded: "cơ sở dữ liệu nhúng (PGlite)",
    kindUnknown: "Tệp {file} không phải bản sao lưu do npm run db:backup tạo ra.",
    toolMissing: "Không tìm thấy chương trình {tool}: hãy cài gói postgresql-client cùng phiên bản chính với máy chủ PostgreSQL.",
    toolFailed: "{tool} báo lỗi, cơ sở dữ liệu không bị thay đổi: {detail}",
  },
} as const;
