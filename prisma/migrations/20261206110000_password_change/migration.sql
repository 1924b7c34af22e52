-- A password an administrator made (a new account, a reset) is known to them: the person must choose
-- their own before anything else opens (docs/decisions/0010-administration.md).
ALTER TABLE "user_account" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;
