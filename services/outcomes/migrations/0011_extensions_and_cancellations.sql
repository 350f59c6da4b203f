CREATE TABLE "outcomes"."employer_service_cancellation" (
	"id" text PRIMARY KEY NOT NULL,
	"delivery_id" text NOT NULL,
	"reason" text NOT NULL,
	"cancelled_by" text NOT NULL,
	"cancelled_by_org" text NOT NULL,
	"cancelled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes"."internship_extension" (
	"id" text PRIMARY KEY NOT NULL,
	"internship_id" text NOT NULL,
	"previous_end_on" date NOT NULL,
	"new_end_on" date NOT NULL,
	"agreed_on" date NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_by_org" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outcomes"."internship" ADD COLUMN "extended_end_on" date;--> statement-breakpoint
CREATE UNIQUE INDEX "employer_service_cancellation_uq" ON "outcomes"."employer_service_cancellation" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_extension_uq" ON "outcomes"."internship_extension" USING btree ("internship_id","new_end_on");--> statement-breakpoint
-- The guard of 0010, with the project's dates and the end after extensions: the approved project is not rewritten
-- (an extension is its own row), and the current end only moves later while the internship runs.
CREATE OR REPLACE FUNCTION "outcomes"."guard_internship_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'outcomes.internship rows are never deleted: record an interruption instead';
  END IF;
  IF (OLD.project_approved_on IS NOT NULL AND (NEW.project_approved_on IS DISTINCT FROM OLD.project_approved_on
        OR NEW.planned_start_on IS DISTINCT FROM OLD.planned_start_on OR NEW.planned_end_on IS DISTINCT FROM OLD.planned_end_on))
    OR (OLD.started_on IS NOT NULL AND NEW.started_on IS DISTINCT FROM OLD.started_on)
    OR (OLD.ended_on IS NOT NULL AND (NEW.ended_on IS DISTINCT FROM OLD.ended_on OR NEW.end_reason IS DISTINCT FROM OLD.end_reason))
    OR (OLD.attestation_issued_on IS NOT NULL AND NEW.attestation_issued_on IS DISTINCT FROM OLD.attestation_issued_on) THEN
    RAISE EXCEPTION 'outcomes.internship: a recorded step is not overwritten';
  END IF;
  IF NEW.extended_end_on IS DISTINCT FROM OLD.extended_end_on
    AND (OLD.status <> 'STARTED' OR NEW.extended_end_on IS NULL
      OR NEW.extended_end_on <= coalesce(OLD.extended_end_on, OLD.planned_end_on)) THEN
    RAISE EXCEPTION 'outcomes.internship: an extension moves a started internship''s end later, never earlier';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
-- Extensions and cancellations are what was decided on a day: append-only, like the dossier.
CREATE FUNCTION "outcomes"."refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'outcomes.% is append-only', TG_TABLE_NAME;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "internship_extension_append_only" BEFORE UPDATE OR DELETE ON "outcomes"."internship_extension"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."refuse_history_change"();--> statement-breakpoint
CREATE TRIGGER "internship_extension_no_truncate" BEFORE TRUNCATE ON "outcomes"."internship_extension"
  FOR EACH STATEMENT EXECUTE FUNCTION "outcomes"."refuse_history_change"();--> statement-breakpoint
CREATE TRIGGER "employer_service_cancellation_append_only" BEFORE UPDATE OR DELETE ON "outcomes"."employer_service_cancellation"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."refuse_history_change"();--> statement-breakpoint
CREATE TRIGGER "employer_service_cancellation_no_truncate" BEFORE TRUNCATE ON "outcomes"."employer_service_cancellation"
  FOR EACH STATEMENT EXECUTE FUNCTION "outcomes"."refuse_history_change"();
