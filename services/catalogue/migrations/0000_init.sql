CREATE SCHEMA IF NOT EXISTS "catalogue";
--> statement-breakpoint
CREATE TABLE "catalogue"."catalogue_version" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue"."lep_service" (
	"code" text PRIMARY KEY NOT NULL,
	"letter" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"activities" jsonb NOT NULL,
	"source" text NOT NULL,
	"standard_codes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue"."provider_accreditation" (
	"provider_id" text NOT NULL,
	"service_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "provider_accreditation_provider_id_service_code_valid_from_pk" PRIMARY KEY("provider_id","service_code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "catalogue"."provider" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"province" text NOT NULL,
	"municipality" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue"."service_standard" (
	"version_id" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"area" integer NOT NULL,
	"area_title" text NOT NULL,
	"group_code" text,
	"group_title" text,
	"target_group" text NOT NULL,
	"purpose" jsonb NOT NULL,
	"activities" jsonb NOT NULL,
	"modalities" jsonb NOT NULL,
	"outputs" jsonb NOT NULL,
	"competences" jsonb NOT NULL,
	"lep_codes" jsonb NOT NULL,
	CONSTRAINT "service_standard_version_id_code_pk" PRIMARY KEY("version_id","code")
);
--> statement-breakpoint
ALTER TABLE "catalogue"."provider_accreditation" ADD CONSTRAINT "provider_accreditation_provider_id_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "catalogue"."provider"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue"."service_standard" ADD CONSTRAINT "service_standard_version_id_catalogue_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalogue"."catalogue_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accreditation_service_idx" ON "catalogue"."provider_accreditation" USING btree ("service_code");--> statement-breakpoint
CREATE INDEX "provider_province_idx" ON "catalogue"."provider" USING btree ("province","kind");--> statement-breakpoint
CREATE INDEX "service_standard_code_idx" ON "catalogue"."service_standard" USING btree ("code");