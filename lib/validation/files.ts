// Limits on uploaded files, shared by the forms (to warn at once) and the file store (to refuse).
export const MAX_FILE_MB = 20;
