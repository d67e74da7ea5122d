import { describeBlobMigration } from "../../../test/support/blob-migration-suite";

describeBlobMigration("pglite");
