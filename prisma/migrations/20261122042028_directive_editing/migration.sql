-- CreateEnum
CREATE TYPE "SymbolFamily" AS ENUM ('PARTY', 'STATE');

-- CreateEnum
CREATE TYPE "AssigneeSelector" AS ENUM ('UNIT', 'CHILDREN', 'KIND_BELOW', 'SUBTREE');

-- AlterTable
ALTER TABLE "directive" ADD COLUMN     "file_id" INTEGER;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "symbol_family" "SymbolFamily" NOT NULL DEFAULT 'PARTY';

-- CreateTable
CREATE TABLE "task_assignee" (
    "id" SERIAL NOT NULL,
    "task_id" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "selector" "AssigneeSelector" NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "organization_kind" "OrganizationKind",

    CONSTRAINT "task_assignee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" SERIAL NOT NULL,
    "storage_key" VARCHAR(100) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "task_assignee_task_id_idx" ON "task_assignee"("task_id");

-- CreateIndex
CREATE INDEX "task_assignee_organization_id_idx" ON "task_assignee"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "stored_file_storage_key_key" ON "stored_file"("storage_key");

-- AddForeignKey
ALTER TABLE "directive" ADD CONSTRAINT "directive_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_assignee" ADD CONSTRAINT "task_assignee_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_assignee" ADD CONSTRAINT "task_assignee_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
