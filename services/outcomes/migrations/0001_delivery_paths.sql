CREATE TABLE "outcomes"."rule_override" (
	"id" text PRIMARY KEY NOT NULL,
	"path_id" text NOT NULL,
	"delivery_id" text,
	"rule" text NOT NULL,
	"bound" integer,
	"actual" integer,
	"reason" text NOT NULL,
	"overridden_by" text NOT NULL,
	"overridden_by_org" text NOT NULL,
	"overridden_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes"."service_path" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"person_id" text NOT NULL,
	"person_province" text NOT NULL,
	"service_code" text NOT NULL,
	"modality" text NOT NULL,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"first_delivered_on" date,
	"last_delivered_on" date,
	"total_minutes" integer DEFAULT 0 NOT NULL,
	"total_sessions" integer DEFAULT 0 NOT NULL,
	"closed_on" date,
	"closed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "session_minutes" jsonb;--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "path_id" text;--> statement-breakpoint
CREATE INDEX "rule_override_path_idx" ON "outcomes"."rule_override" USING btree ("path_id");--> statement-breakpoint
CREATE INDEX "rule_override_delivery_idx" ON "outcomes"."rule_override" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_path_open_uq" ON "outcomes"."service_path" USING btree ("provider_id","person_id","service_code","modality") WHERE status = 'OPEN';--> statement-breakpoint
CREATE INDEX "service_path_person_idx" ON "outcomes"."service_path" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "service_delivery_path_idx" ON "outcomes"."service_delivery" USING btree ("path_id");--> statement-breakpoint
-- Overrides are evidence (who let a report past the catalogue, and why): the database itself refuses to change them.
CREATE FUNCTION "outcomes"."refuse_rule_override_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'outcomes.rule_override is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "rule_override_append_only" BEFORE UPDATE OR DELETE ON "outcomes"."rule_override"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."refuse_rule_override_change"();
