-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('PENDING', 'GRANTED', 'REFUSED');

-- AlterTable
ALTER TABLE "assignment" ADD COLUMN     "report_due_on" DATE;

-- AlterTable
ALTER TABLE "directive" ADD COLUMN     "source_assignment_id" INTEGER;

-- CreateTable
CREATE TABLE "report_evidence" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "file_id" INTEGER,
    "url" VARCHAR(2000),
    "label" VARCHAR(300),

    CONSTRAINT "report_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extension_request" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "requested_by_id" INTEGER,
    "previous_due_on" DATE,
    "requested_due_on" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "extension_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_read" (
    "user_id" INTEGER NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_read_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE INDEX "report_evidence_report_id_idx" ON "report_evidence"("report_id");

-- CreateIndex
CREATE INDEX "extension_request_assignment_id_idx" ON "extension_request"("assignment_id");

-- CreateIndex
CREATE INDEX "extension_request_status_created_at_idx" ON "extension_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "directive_source_assignment_id_idx" ON "directive"("source_assignment_id");

-- AddForeignKey
ALTER TABLE "directive" ADD CONSTRAINT "directive_source_assignment_id_fkey" FOREIGN KEY ("source_assignment_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_read" ADD CONSTRAINT "notification_read_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
