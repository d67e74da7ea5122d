-- File bytes move to "Blob", keyed by their sha256 (hex) and stored once: a draft, a version and a fork that
-- hold the same bytes hold the same hash. Existing files and version files are hashed in place
-- (PostgreSQL's sha256(bytea), on PGlite too) and their bytes moved, each distinct content once.

-- CreateTable
CREATE TABLE "Blob" (
    "hash" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,

    CONSTRAINT "Blob_pkey" PRIMARY KEY ("hash")
);

-- Data: hash every stored content, then keep one copy of each.
ALTER TABLE "File" ADD COLUMN "hash" TEXT;
ALTER TABLE "VersionFile" ADD COLUMN "hash" TEXT;
UPDATE "File" SET "hash" = encode(sha256("content"), 'hex');
UPDATE "VersionFile" SET "hash" = encode(sha256("content"), 'hex');
INSERT INTO "Blob" ("hash", "content", "size")
SELECT "hash", "content", octet_length("content") FROM "File"
ON CONFLICT ("hash") DO NOTHING;
INSERT INTO "Blob" ("hash", "content", "size")
SELECT "hash", "content", octet_length("content") FROM "VersionFile"
ON CONFLICT ("hash") DO NOTHING;
UPDATE "File" f SET "size" = b."size" FROM "Blob" b WHERE b."hash" = f."hash" AND f."size" <> b."size";

-- AlterTable
ALTER TABLE "File" DROP COLUMN "content",
ALTER COLUMN "hash" SET NOT NULL;

-- AlterTable
ALTER TABLE "VersionFile" DROP COLUMN "content",
DROP COLUMN "size",
ALTER COLUMN "hash" SET NOT NULL;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "forkedFromId" UUID,
ADD COLUMN     "forkedFromSlug" TEXT,
ADD COLUMN     "forkedFromTitle" TEXT;

-- CreateIndex
CREATE INDEX "File_hash_idx" ON "File"("hash");

-- CreateIndex
CREATE INDEX "Project_forkedFromId_idx" ON "Project"("forkedFromId");

-- CreateIndex
CREATE INDEX "VersionFile_hash_idx" ON "VersionFile"("hash");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_hash_fkey" FOREIGN KEY ("hash") REFERENCES "Blob"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionFile" ADD CONSTRAINT "VersionFile_hash_fkey" FOREIGN KEY ("hash") REFERENCES "Blob"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A blob goes when its last reference goes: triggers rather than calls in the write path, so no write, present
-- or future (cascades from deleting a project or an account included), can leave one behind. Only the hashes
-- the statement released are checked, through the indexes above.
--
-- Race with a writer adding a reference to the same hash: writers lock the blob row before referencing it
-- (new bytes: INSERT … ON CONFLICT DO UPDATE, which locks an existing row; copied hashes: the foreign-key
-- check's KEY SHARE lock). Here the candidates are locked FOR UPDATE SKIP LOCKED, so a blob a writer holds is
-- skipped (it is about to be referenced) and this never waits. The references are then counted by a new
-- statement, whose snapshot sees every writer that committed before the lock was taken; a writer arriving
-- after it waits for this transaction and inserts the blob again if it was deleted.
CREATE FUNCTION "release_blobs"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  candidates TEXT[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT o."hash") INTO candidates FROM "old_rows" o
    WHERE NOT EXISTS (SELECT 1 FROM "new_rows" n WHERE n."hash" = o."hash");
  ELSE
    SELECT array_agg(DISTINCT o."hash") INTO candidates FROM "old_rows" o;
  END IF;
  IF candidates IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(b."hash") INTO candidates
  FROM (SELECT "hash" FROM "Blob" WHERE "hash" = ANY(candidates) FOR UPDATE SKIP LOCKED) b;
  DELETE FROM "Blob" b
  WHERE b."hash" = ANY(candidates)
    AND NOT EXISTS (SELECT 1 FROM "File" f WHERE f."hash" = b."hash")
    AND NOT EXISTS (SELECT 1 FROM "VersionFile" v WHERE v."hash" = b."hash");
  RETURN NULL;
END
$$;

-- A trigger with transition tables handles one event, hence two per table.
CREATE TRIGGER "File_release_blobs_delete" AFTER DELETE ON "File"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "release_blobs"();
CREATE TRIGGER "File_release_blobs_update" AFTER UPDATE ON "File"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "release_blobs"();
CREATE TRIGGER "VersionFile_release_blobs_delete" AFTER DELETE ON "VersionFile"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "release_blobs"();
CREATE TRIGGER "VersionFile_release_blobs_update" AFTER UPDATE ON "VersionFile"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "release_blobs"();
