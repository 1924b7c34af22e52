// The one catalogue of everything a person reads, in Vietnamese. Components and actions take
// their words from here, so an English catalogue can follow without touching them.

export const messages = {
  app: {
    name: "Theo dõi thực hiện văn bản chỉ đạo",
    shortName: "Chỉ đạo – Điều hành",
  },
  startup: {
    missingDatabaseUrl: "Chưa có DATABASE_URL: hãy đặt địa chỉ máy chủ PostgreSQL, hoặc bỏ trống khi chạy `npm start` để dùng cơ sở dữ liệu nhúng.",
    badDatabaseUrl: "DATABASE_URL không đúng dạng: hãy dùng dạng postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.",
    missingSecret: "Chưa có AUTH_SECRET: hãy đặt một chuỗi bí mật ngẫu nhiên dài ít nhất 32 ký tự (npm start tự tạo nếu bạn không đặt).",
    shortSecret: "AUTH_SECRET quá ngắn: hãy dùng một chuỗi ngẫu nhiên dài ít nhất 32 ký tự.",
    badConfig: "Cấu hình máy chủ không hợp lệ: hãy kiểm tra các biến môi trường.",
  },
} as const;
