-- AlterTable
ALTER TABLE "File" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "FileDeletion" (
    "projectId" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,

    CONSTRAINT "FileDeletion_pkey" PRIMARY KEY ("projectId","path")
);

-- AddForeignKey
ALTER TABLE "FileDeletion" ADD CONSTRAINT "FileDeletion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Files written before this migration: their last write is unknown, so they count as written at the project's
-- current revision. A save based on an older revision that touches one of them conflicts, never overwrites.
UPDATE "File" f SET "revision" = p."revision" FROM "Project" p WHERE p."id" = f."projectId";
