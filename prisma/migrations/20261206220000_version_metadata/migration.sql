-- AlterTable: who published a version and what they said about it. Versions made before this migration
-- (none are published by the app yet) are credited to their project's owner.
ALTER TABLE "Version" ADD COLUMN     "authorId" UUID,
ADD COLUMN     "authorName" TEXT,
ADD COLUMN     "message" TEXT;
UPDATE "Version" v SET "authorId" = p."ownerId", "authorName" = u."name"
FROM "Project" p JOIN "User" u ON u."id" = p."ownerId"
WHERE p."id" = v."projectId";
ALTER TABLE "Version" ALTER COLUMN "authorName" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Version_authorId_idx" ON "Version"("authorId");

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A publish changes what `/latest/` serves, and deleting a version what `/v/<n>/` serves: every preview cache
-- must hear of it, like a draft write (same function as the `preview_change_notify` migration). VersionFile
-- rows are written only in the transaction that inserts their Version and go only with it, so its trigger
-- covers them.
CREATE TRIGGER "Version_preview_changed" AFTER INSERT OR UPDATE OR DELETE ON "Version"
  FOR EACH ROW EXECUTE FUNCTION "notify_preview_changed"();
