CREATE SCHEMA IF NOT EXISTS "outcomes";
--> statement-breakpoint
CREATE TABLE "outcomes"."placement" (
	"id" text PRIMARY KEY NOT NULL,
	"reported_by_org" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"person_id" text NOT NULL,
	"person_province" text NOT NULL,
	"employer_id" text NOT NULL,
	"vacancy_id" text,
	"contract" text NOT NULL,
	"term_months" integer,
	"weekly_hours" real,
	"started_on" date NOT NULL,
	"ended_on" date,
	"counts_toward_quota" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes"."service_delivery" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"person_id" text NOT NULL,
	"person_province" text NOT NULL,
	"service_code" text NOT NULL,
	"catalogue_version_id" text NOT NULL,
	"delivered_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"sessions" integer NOT NULL,
	"modality" text NOT NULL,
	"outputs" jsonb NOT NULL,
	"operator" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported_by" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "placement_idempotency_uq" ON "outcomes"."placement" USING btree ("reported_by_org","idempotency_key");--> statement-breakpoint
CREATE INDEX "placement_person_idx" ON "outcomes"."placement" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "placement_employer_idx" ON "outcomes"."placement" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "placement_vacancy_idx" ON "outcomes"."placement" USING btree ("vacancy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_delivery_idempotency_uq" ON "outcomes"."service_delivery" USING btree ("provider_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "service_delivery_person_idx" ON "outcomes"."service_delivery" USING btree ("person_id","delivered_on");--> statement-breakpoint
CREATE INDEX "service_delivery_provider_idx" ON "outcomes"."service_delivery" USING btree ("provider_id","delivered_on");