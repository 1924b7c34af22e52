-- CreateTable
CREATE TABLE "reminder" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "sent_by_id" INTEGER,
    "sent_on" DATE NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reminder_assignment_id_sent_on_key" ON "reminder"("assignment_id", "sent_on");

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
