CREATE SCHEMA IF NOT EXISTS "people";
--> statement-breakpoint
CREATE TABLE "people"."enrolment_transition" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_subject" text NOT NULL,
	"by_organisation" text,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "people"."enrolment" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"list" text NOT NULL,
	"province" text NOT NULL,
	"status" text NOT NULL,
	"submitted_on" date NOT NULL,
	"decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."person" (
	"id" text PRIMARY KEY NOT NULL,
	"fiscal_code" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"residence_province" text NOT NULL,
	"residence_municipality" text NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"created_by_org" text
);
--> statement-breakpoint
CREATE TABLE "people"."take_in_charge" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"programme" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."enrolment_transition" ADD CONSTRAINT "enrolment_transition_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "people"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD CONSTRAINT "enrolment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."take_in_charge" ADD CONSTRAINT "take_in_charge_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolment_transition_enrolment_idx" ON "people"."enrolment_transition" USING btree ("enrolment_id","id");--> statement-breakpoint
CREATE INDEX "enrolment_person_idx" ON "people"."enrolment" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_open_uq" ON "people"."enrolment" USING btree ("person_id","list") WHERE status in ('SUBMITTED', 'PRE_REJECTED', 'ACCEPTED');--> statement-breakpoint
CREATE UNIQUE INDEX "person_fiscal_code_uq" ON "people"."person" USING btree ("fiscal_code");--> statement-breakpoint
CREATE INDEX "person_province_name_idx" ON "people"."person" USING btree ("residence_province","family_name","given_name","id");--> statement-breakpoint
CREATE INDEX "person_name_idx" ON "people"."person" USING btree ("family_name","given_name","id");--> statement-breakpoint
CREATE INDEX "take_in_charge_person_idx" ON "people"."take_in_charge" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "take_in_charge_provider_idx" ON "people"."take_in_charge" USING btree ("provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "take_in_charge_active_uq" ON "people"."take_in_charge" USING btree ("person_id","programme") WHERE ended_on is null;