CREATE TABLE "people"."action_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"version" integer NOT NULL,
	"goals" jsonb NOT NULL,
	"services" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."disability_profile" (
	"person_id" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"invalidity_percent" integer,
	"pension_category" integer,
	"psychic_or_intellectual" boolean DEFAULT false NOT NULL,
	"commission_report_date" date,
	"commission_report_ref" text,
	"functional_diagnosis" text,
	"clinical_notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."enrolment_eligibility" (
	"enrolment_id" text PRIMARY KEY NOT NULL,
	"eligible" boolean NOT NULL,
	"failures" jsonb NOT NULL,
	"checked_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."enrolment_observation" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"received_on" date NOT NULL,
	"text" text NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."functional_profile" (
	"person_id" text NOT NULL,
	"version" integer NOT NULL,
	"residual_capacities" jsonb NOT NULL,
	"tasks_to_avoid" jsonb NOT NULL,
	"compatible_tasks" jsonb NOT NULL,
	"workplace_adjustments" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "functional_profile_person_id_version_pk" PRIMARY KEY("person_id","version")
);
--> statement-breakpoint
CREATE TABLE "people"."pact_check" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pact_id" text NOT NULL,
	"checked_on" date NOT NULL,
	"progress" text NOT NULL,
	"corrective_actions" jsonb NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."ranking_facts" (
	"person_id" text NOT NULL,
	"declared_on" date NOT NULL,
	"annual_income_cents" bigint NOT NULL,
	"dependants" integer NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "ranking_facts_person_id_declared_on_pk" PRIMARY KEY("person_id","declared_on")
);
--> statement-breakpoint
CREATE TABLE "people"."service_pact" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"responsible_operator" text,
	"employability_profile" text,
	"search_acts" jsonb NOT NULL,
	"contact_frequency" text,
	"search_proof" text,
	"available_for_workshops" boolean NOT NULL,
	"available_for_training" boolean NOT NULL,
	"available_for_suitable_offers" boolean NOT NULL,
	"signed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "unemployed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "documents" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "decision_due_on" date;--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "observations_due_on" date;--> statement-breakpoint
ALTER TABLE "people"."take_in_charge" ADD COLUMN "budget_cents" bigint;--> statement-breakpoint
ALTER TABLE "people"."take_in_charge" ADD COLUMN "handed_over_from" text;--> statement-breakpoint
ALTER TABLE "people"."action_plan" ADD CONSTRAINT "action_plan_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."disability_profile" ADD CONSTRAINT "disability_profile_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."enrolment_eligibility" ADD CONSTRAINT "enrolment_eligibility_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "people"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."enrolment_observation" ADD CONSTRAINT "enrolment_observation_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "people"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."functional_profile" ADD CONSTRAINT "functional_profile_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."pact_check" ADD CONSTRAINT "pact_check_pact_id_service_pact_id_fk" FOREIGN KEY ("pact_id") REFERENCES "people"."service_pact"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."ranking_facts" ADD CONSTRAINT "ranking_facts_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."service_pact" ADD CONSTRAINT "service_pact_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_version_uq" ON "people"."action_plan" USING btree ("person_id","version");--> statement-breakpoint
CREATE INDEX "enrolment_observation_enrolment_idx" ON "people"."enrolment_observation" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "pact_check_pact_idx" ON "people"."pact_check" USING btree ("pact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_pact_version_uq" ON "people"."service_pact" USING btree ("person_id","version");