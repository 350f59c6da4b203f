CREATE TABLE "outcomes"."internship_dossier_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"internship_id" text NOT NULL,
	"entry_on" date NOT NULL,
	"activity" text NOT NULL,
	"competences" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_by_org" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes"."internship" (
	"id" text PRIMARY KEY NOT NULL,
	"promoter_id" text NOT NULL,
	"promoter_kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"person_id" text NOT NULL,
	"person_province" text NOT NULL,
	"host_employer_id" text NOT NULL,
	"service_code" text NOT NULL,
	"agreement_reference" text NOT NULL,
	"agreement_signed_on" date NOT NULL,
	"max_duration_months" integer NOT NULL,
	"status" text NOT NULL,
	"objectives" jsonb,
	"planned_start_on" date,
	"planned_end_on" date,
	"weekly_hours" real,
	"promoter_tutor_name" text,
	"promoter_tutor_role" text,
	"host_tutor_name" text,
	"host_tutor_role" text,
	"project_approved_on" date,
	"started_on" date,
	"ended_on" date,
	"end_reason" text,
	"end_note" text,
	"attestation_issued_on" date,
	"attestation_activities" text,
	"attestation_results" text,
	"attestation_issued_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_service_ck" CHECK ("outcomes"."internship"."service_code" in ('2Cc', '3Bc'))
);
--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "internship_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "internship_dossier_entry_uq" ON "outcomes"."internship_dossier_entry" USING btree ("internship_id","entry_on","activity");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_idempotency_uq" ON "outcomes"."internship" USING btree ("promoter_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "internship_person_idx" ON "outcomes"."internship" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "internship_host_idx" ON "outcomes"."internship" USING btree ("host_employer_id");--> statement-breakpoint
CREATE INDEX "internship_signed_on_idx" ON "outcomes"."internship" USING btree ("agreement_signed_on");--> statement-breakpoint
CREATE INDEX "placement_internship_idx" ON "outcomes"."placement" USING btree ("internship_id");--> statement-breakpoint
-- An internship is the record of an agreement and what came of it: never deleted, and a step once recorded (the
-- project, the start, the end, the attestation) is not overwritten.
CREATE FUNCTION "outcomes"."guard_internship_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'outcomes.internship rows are never deleted: record an interruption instead';
  END IF;
  IF (OLD.project_approved_on IS NOT NULL AND NEW.project_approved_on IS DISTINCT FROM OLD.project_approved_on)
    OR (OLD.started_on IS NOT NULL AND NEW.started_on IS DISTINCT FROM OLD.started_on)
    OR (OLD.ended_on IS NOT NULL AND (NEW.ended_on IS DISTINCT FROM OLD.ended_on OR NEW.end_reason IS DISTINCT FROM OLD.end_reason))
    OR (OLD.attestation_issued_on IS NOT NULL AND NEW.attestation_issued_on IS DISTINCT FROM OLD.attestation_issued_on) THEN
    RAISE EXCEPTION 'outcomes.internship: a recorded step is not overwritten';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "internship_guard" BEFORE UPDATE OR DELETE ON "outcomes"."internship"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."guard_internship_change"();--> statement-breakpoint
-- The dossier is what was recorded on a day: append-only.
CREATE FUNCTION "outcomes"."refuse_dossier_entry_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'outcomes.internship_dossier_entry is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "internship_dossier_entry_append_only" BEFORE UPDATE OR DELETE ON "outcomes"."internship_dossier_entry"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."refuse_dossier_entry_change"();
