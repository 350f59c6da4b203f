CREATE TABLE "outcomes"."audit_event" (
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
CREATE INDEX "outcomes_audit_person_idx" ON "outcomes"."audit_event" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "outcomes_audit_at_idx" ON "outcomes"."audit_event" USING btree ("at");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "outcomes".audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "outcomes".audit_event FOR EACH ROW EXECUTE FUNCTION "outcomes".audit_event_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "outcomes".audit_event FOR EACH STATEMENT EXECUTE FUNCTION "outcomes".audit_event_append_only();
