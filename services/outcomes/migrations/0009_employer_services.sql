CREATE TABLE "outcomes"."employer_service_delivery" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"provider_kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"employer_id" text NOT NULL,
	"employer_province" text NOT NULL,
	"service_code" text NOT NULL,
	"catalogue_version_id" text NOT NULL,
	"delivered_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"sessions" integer NOT NULL,
	"session_minutes" jsonb,
	"modality" text NOT NULL,
	"outputs" jsonb NOT NULL,
	"redundant_workers" jsonb NOT NULL,
	"operator" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported_by" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "employer_service_delivery_idempotency_uq" ON "outcomes"."employer_service_delivery" USING btree ("provider_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "employer_service_delivery_employer_idx" ON "outcomes"."employer_service_delivery" USING btree ("employer_id","delivered_on");--> statement-breakpoint
CREATE INDEX "employer_service_delivery_delivered_on_idx" ON "outcomes"."employer_service_delivery" USING btree ("delivered_on");--> statement-breakpoint
-- Append-only like the deliveries to people: a correction is a new report, never an edit.
CREATE FUNCTION "outcomes".employer_service_delivery_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'employer_service_delivery is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER employer_service_delivery_append_only BEFORE UPDATE OR DELETE ON "outcomes"."employer_service_delivery" FOR EACH ROW EXECUTE FUNCTION "outcomes".employer_service_delivery_append_only();
--> statement-breakpoint
CREATE TRIGGER employer_service_delivery_no_truncate BEFORE TRUNCATE ON "outcomes"."employer_service_delivery" FOR EACH STATEMENT EXECUTE FUNCTION "outcomes".employer_service_delivery_append_only();
