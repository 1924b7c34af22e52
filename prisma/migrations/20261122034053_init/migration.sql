-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension: trigram indexes for diacritic-insensitive search on folded text
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('CENTRAL', 'LEADING_BODY', 'COMMITTEE', 'ADVISORY_BOARD', 'CELL', 'MINISTRY', 'UNIT', 'MASS_ORGANIZATION');

-- CreateEnum
CREATE TYPE "DirectiveType" AS ENUM ('NGHI_QUYET', 'CHI_THI', 'KET_LUAN', 'QUY_DINH', 'QUYET_DINH', 'KE_HOACH', 'CHUONG_TRINH', 'HUONG_DAN', 'THONG_BAO', 'CONG_VAN', 'NGHI_DINH', 'THONG_TU', 'BAO_CAO', 'OTHER');

-- CreateEnum
CREATE TYPE "DirectiveStatus" AS ENUM ('DRAFT', 'ISSUED', 'RECALLED');

-- CreateEnum
CREATE TYPE "Confidentiality" AS ENUM ('NORMAL', 'SECRET');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('DATE', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ONGOING');

-- CreateEnum
CREATE TYPE "ReportingCycle" AS ENUM ('NONE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'COORDINATE');

-- CreateEnum
CREATE TYPE "AssignmentState" AS ENUM ('OPEN', 'SUBMITTED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICE_STAFF', 'UNIT_HEAD', 'LEADERSHIP', 'ADMIN');

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "abbreviation" VARCHAR(40),
    "kind" "OrganizationKind" NOT NULL,
    "parent_id" INTEGER,
    "scope_root_id" INTEGER,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "search_text" TEXT NOT NULL DEFAULT '',
    "active_from" DATE,
    "active_until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_closure" (
    "ancestor_id" INTEGER NOT NULL,
    "descendant_id" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "organization_closure_pkey" PRIMARY KEY ("ancestor_id","descendant_id")
);

-- CreateTable
CREATE TABLE "directive" (
    "id" SERIAL NOT NULL,
    "type" "DirectiveType" NOT NULL,
    "number" VARCHAR(20),
    "symbol" VARCHAR(80),
    "issuer_id" INTEGER NOT NULL,
    "issued_on" DATE,
    "year" INTEGER,
    "title" VARCHAR(1000) NOT NULL,
    "summary" TEXT,
    "body" TEXT,
    "status" "DirectiveStatus" NOT NULL DEFAULT 'DRAFT',
    "confidentiality" "Confidentiality" NOT NULL DEFAULT 'NORMAL',
    "parent_id" INTEGER,
    "search_text" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "issued_at" TIMESTAMPTZ(3),
    "recalled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "directive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directive_reference" (
    "from_id" INTEGER NOT NULL,
    "to_id" INTEGER NOT NULL,

    CONSTRAINT "directive_reference_pkey" PRIMARY KEY ("from_id","to_id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" SERIAL NOT NULL,
    "directive_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" VARCHAR(1000) NOT NULL,
    "description" TEXT,
    "deadline_kind" "DeadlineKind" NOT NULL,
    "deadline_text" VARCHAR(200),
    "due_on" DATE,
    "reporting_cycle" "ReportingCycle" NOT NULL DEFAULT 'NONE',
    "target_value" DECIMAL(14,2),
    "target_unit" VARCHAR(60),
    "requires_own_plan" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" SERIAL NOT NULL,
    "task_id" INTEGER NOT NULL,
    "directive_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "state" "AssignmentState" NOT NULL DEFAULT 'OPEN',
    "due_on" DATE,
    "completed_on" DATE,
    "progress_percent" SMALLINT NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "author_id" INTEGER,
    "period_key" VARCHAR(10),
    "content" TEXT NOT NULL,
    "progress_percent" SMALLINT NOT NULL,
    "achieved_value" DECIMAL(14,2),
    "denominator" DECIMAL(14,2),
    "requests_completion" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_by_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_account" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(60) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(200),
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(60) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(60) NOT NULL,
    "entity_type" VARCHAR(40) NOT NULL,
    "entity_id" INTEGER,
    "organization_id" INTEGER,
    "data" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_code_key" ON "organization"("code");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE INDEX "organization_scope_root_id_idx" ON "organization"("scope_root_id");

-- CreateIndex
CREATE INDEX "organization_search_text_idx" ON "organization" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organization_closure_descendant_id_depth_idx" ON "organization_closure"("descendant_id", "depth");

-- CreateIndex
CREATE INDEX "directive_issued_on_id_idx" ON "directive"("issued_on" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "directive_issuer_id_issued_on_idx" ON "directive"("issuer_id", "issued_on" DESC);

-- CreateIndex
CREATE INDEX "directive_parent_id_idx" ON "directive"("parent_id");

-- CreateIndex
CREATE INDEX "directive_search_text_idx" ON "directive" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "directive_issuer_id_year_symbol_key" ON "directive"("issuer_id", "year", "symbol");

-- CreateIndex
CREATE INDEX "directive_reference_to_id_idx" ON "directive_reference"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "task_directive_id_ordinal_key" ON "task"("directive_id", "ordinal");

-- CreateIndex
CREATE INDEX "assignment_unit_id_due_on_idx" ON "assignment"("unit_id", "due_on");

-- CreateIndex
CREATE INDEX "assignment_directive_id_unit_id_idx" ON "assignment"("directive_id", "unit_id");

-- CreateIndex
CREATE INDEX "assignment_due_on_idx" ON "assignment"("due_on");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_task_id_unit_id_key" ON "assignment"("task_id", "unit_id");

-- CreateIndex
CREATE INDEX "report_assignment_id_submitted_at_idx" ON "report"("assignment_id", "submitted_at");

-- CreateIndex
CREATE INDEX "report_status_submitted_at_idx" ON "report"("status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "user_account_username_key" ON "user_account"("username");

-- CreateIndex
CREATE INDEX "user_account_organization_id_idx" ON "user_account"("organization_id");

-- CreateIndex
CREATE INDEX "login_attempt_username_at_idx" ON "login_attempt"("username", "at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_at_idx" ON "login_attempt"("ip", "at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_scope_root_id_fkey" FOREIGN KEY ("scope_root_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_closure" ADD CONSTRAINT "organization_closure_ancestor_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_closure" ADD CONSTRAINT "organization_closure_descendant_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive" ADD CONSTRAINT "directive_issuer_id_fkey" FOREIGN KEY ("issuer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive" ADD CONSTRAINT "directive_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "directive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive" ADD CONSTRAINT "directive_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive_reference" ADD CONSTRAINT "directive_reference_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directive_reference" ADD CONSTRAINT "directive_reference_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_directive_id_fkey" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_directive_id_fkey" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit events are append-only: the database itself refuses to change or remove one.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER "audit_event_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
