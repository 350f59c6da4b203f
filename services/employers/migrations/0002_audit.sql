CREATE TABLE "employers"."audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"fields" jsonb NOT NULL,
	"person_id" text,
	"subject" text NOT NULL,
	"organisation" text,
	"org_kind" text NOT NULL,
	"operation_name" text,
	"request_id" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "employers_audit_person_idx" ON "employers"."audit_event" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "employers_audit_at_idx" ON "employers"."audit_event" USING btree ("at");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "employers".audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "employers".audit_event FOR EACH ROW EXECUTE FUNCTION "employers".audit_event_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "employers".audit_event FOR EACH STATEMENT EXECUTE FUNCTION "employers".audit_event_append_only();
