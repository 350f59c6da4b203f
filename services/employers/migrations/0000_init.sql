CREATE SCHEMA IF NOT EXISTS "employers";
--> statement-breakpoint
CREATE TABLE "employers"."employer_site" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	"municipality" text NOT NULL,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "employers"."employer" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"fiscal_code" text NOT NULL,
	"kind" text NOT NULL,
	"ateco_code" text NOT NULL,
	"province" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "employer_fiscal_code_key" UNIQUE("fiscal_code")
);
--> statement-breakpoint
CREATE TABLE "employers"."vacancy" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"title" text NOT NULL,
	"occupation_code" text,
	"occupation_code_system" text,
	"province" text NOT NULL,
	"positions" integer NOT NULL,
	"reserved_for" text,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employers"."employer_site" ADD CONSTRAINT "employer_site_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."vacancy" ADD CONSTRAINT "vacancy_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_site_employer_idx" ON "employers"."employer_site" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_name_idx" ON "employers"."employer" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "employer_province_name_idx" ON "employers"."employer" USING btree ("province","name","id");--> statement-breakpoint
CREATE INDEX "vacancy_employer_idx" ON "employers"."vacancy" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "vacancy_province_status_idx" ON "employers"."vacancy" USING btree ("province","status");