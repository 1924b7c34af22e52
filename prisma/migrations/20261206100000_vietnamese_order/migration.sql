-- Names of organisations and people sort in Vietnamese order (A < Ă < Â < B … D < Đ … T < Tạp < Trường
-- … V), not by their UTF-8 bytes, which put every "Đ…" after "V…" and "Tạp chí" after "Trường".
-- An ICU collation, deterministic (equality and uniqueness unchanged); no index is on these columns.
CREATE COLLATION IF NOT EXISTS "vietnamese" (provider = icu, locale = 'vi');

ALTER TABLE "organization" ALTER COLUMN "name" TYPE VARCHAR(300) COLLATE "vietnamese";
ALTER TABLE "organization_name_history" ALTER COLUMN "name" TYPE VARCHAR(300) COLLATE "vietnamese";
ALTER TABLE "user_account" ALTER COLUMN "name" TYPE VARCHAR(200) COLLATE "vietnamese";
