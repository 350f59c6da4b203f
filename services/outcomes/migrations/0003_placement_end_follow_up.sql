CREATE TABLE "outcomes"."placement_follow_up" (
	"id" text PRIMARY KEY NOT NULL,
	"placement_id" text NOT NULL,
	"milestone_months" integer NOT NULL,
	"due_on" date NOT NULL,
	"checked_on" date NOT NULL,
	"still_employed" boolean NOT NULL,
	"same_employer" boolean NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_by_org" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_follow_up_milestone_ck" CHECK ("outcomes"."placement_follow_up"."milestone_months" in (3, 6, 12))
);
--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "end_note" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "ended_by_org" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "placement_follow_up_milestone_uq" ON "outcomes"."placement_follow_up" USING btree ("placement_id","milestone_months");--> statement-breakpoint
-- A placement is evidence of a hire (and of quota coverage): the database refuses to delete it, and an end once
-- recorded stays as recorded.
CREATE FUNCTION "outcomes"."guard_placement_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'outcomes.placement rows are never deleted: record an end instead';
  END IF;
  IF OLD.ended_on IS NOT NULL AND (NEW.ended_on IS DISTINCT FROM OLD.ended_on OR NEW.end_reason IS DISTINCT FROM OLD.end_reason) THEN
    RAISE EXCEPTION 'outcomes.placement: a recorded end is not overwritten';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "placement_guard" BEFORE UPDATE OR DELETE ON "outcomes"."placement"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."guard_placement_change"();--> statement-breakpoint
-- Follow-ups are what the person's monitoring found on a day: append-only.
CREATE FUNCTION "outcomes"."refuse_follow_up_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'outcomes.placement_follow_up is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "placement_follow_up_append_only" BEFORE UPDATE OR DELETE ON "outcomes"."placement_follow_up"
  FOR EACH ROW EXECUTE FUNCTION "outcomes"."refuse_follow_up_change"();
