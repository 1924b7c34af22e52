import "server-only";
// The file store: uploaded documents kept on the server's disk under UPLOAD_DIR, named by the
// hash of their content, with limits on size and type. The row describing a file is written by
// the caller's transaction; a file on disk without a row (a failed save) is harmless and is
// reused by the next upload of the same content.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { format, messages } from "@/lib/i18n/messages";
import { serverConfig } from "./config";
import type { Tx } from "./db";

export { MAX_FILE_MB } from "@/lib/validation/files";
import { MAX_FILE_MB } from "@/lib/validation/files";

const ALLOWED: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "application/msword": [".doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
  "application/vnd.oasis.opendocument.text": [".odt"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
};

export interface SavedFile {
  storageKey: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

export type FileCheck = { ok: true } | { ok: false; message: string };

export function checkUpload(file: { name: string; type: string; size: number }): FileCheck {
  if (file.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, message: format(messages.validation.fileTooLarge, { size: MAX_FILE_MB }) };
  const extension = path.extname(file.name).toLowerCase();
  const type = Object.entries(ALLOWED).find(([, extensions]) => extensions.includes(extension))?.[0];
  if (!type || (file.type && file.type !== "application/octet-stream" && file.type !== type)) {
    return { ok: false, message: messages.validation.fileType };
  }
  return { ok: true };
}

function root(): string {
  return path.resolve(serverConfig().UPLOAD_DIR);
}

/** Keeps the bytes on disk and describes them; the caller checks the upload first. */
export async function storeFile(file: File): Promise<SavedFile> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const extension = path.extname(file.name).toLowerCase();
  const storageKey = `${sha256.slice(0, 2)}/${sha256}${extension}`;
  const target = path.join(root(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  const contentType = Object.entries(ALLOWED).find(([, extensions]) => extensions.includes(extension))?.[0] ?? "application/octet-stream";
  // Keep the name readable but harmless: no path, no control characters.
  const name = path.basename(file.name).replace(/[\u0000-\u001f\u007f/\\]/g, "_").slice(0, 255);
  return { storageKey, name, contentType, size: bytes.length, sha256 };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  const full = path.resolve(root(), storageKey);
  if (!full.startsWith(root() + path.sep)) throw new Error("storage key escapes the upload folder");
  return readFile(full);
}

/** The row describing stored bytes: the same content uploaded again (a resubmission) reuses its row. */
export async function storeFileRow(tx: Tx, file: SavedFile, uploadedById: number): Promise<number> {
  const row = await tx.storedFile.upsert({
    where: { storageKey: file.storageKey },
    create: { ...file, uploadedById },
    update: {},
    select: { id: true },
  });
  return row.id;
}
