// What the JSON routes under /api answer when they refuse or fail: a code for programs, a
// sentence for people — never an internal message.
export const security = {
  api: {
    UNAUTHENTICATED: "Phiên làm việc đã hết hạn. Hãy đăng nhập lại.",
    FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
    NOT_FOUND: "Không tìm thấy nội dung yêu cầu, hoặc bạn không có quyền xem.",
    BAD_REQUEST: "Yêu cầu không hợp lệ.",
    UNEXPECTED: "Đã có lỗi trên máy chủ. Hãy thử lại sau ít phút.",
  },
} as const;
