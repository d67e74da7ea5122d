-- Every committed write to a project or its files notifies `preview_changed` with the project id, so each
-- app instance's preview cache (lib/server/preview/file-cache.ts) drops that project. Triggers rather than
-- calls in the write path: no write, present or future, can forget it. Within one transaction PostgreSQL
-- delivers identical notifications once, so saving many files costs one message.
CREATE FUNCTION "notify_preview_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Project' THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM pg_notify('preview_changed', OLD."id"::text);
    ELSE
      PERFORM pg_notify('preview_changed', NEW."id"::text);
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('preview_changed', OLD."projectId"::text);
  ELSE
    PERFORM pg_notify('preview_changed', NEW."projectId"::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Project_preview_changed" AFTER INSERT OR UPDATE OR DELETE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION "notify_preview_changed"();

CREATE TRIGGER "File_preview_changed" AFTER INSERT OR UPDATE OR DELETE ON "File"
  FOR EACH ROW EXECUTE FUNCTION "notify_preview_changed"();
