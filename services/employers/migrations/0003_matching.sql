CREATE TABLE "employers"."shortlist_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"shortlist_id" text NOT NULL,
	"person_id" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"idempotency_key" text NOT NULL,
	"recorded_by_org" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_by_kind" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_feedback_idempotency_key" UNIQUE("recorded_by_org","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "employers"."shortlist" (
	"id" text PRIMARY KEY NOT NULL,
	"vacancy_id" text NOT NULL,
	"reference_date" date NOT NULL,
	"weights_version" text NOT NULL,
	"candidates" jsonb NOT NULL,
	"exclusions" jsonb NOT NULL,
	"considered_count" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"built_by_org" text NOT NULL,
	"built_by" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" text,
	"sent_at" timestamp with time zone,
	CONSTRAINT "shortlist_idempotency_key" UNIQUE("built_by_org","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "employers"."vacancy" ADD COLUMN "job_profile" jsonb;--> statement-breakpoint
ALTER TABLE "employers"."vacancy" ADD COLUMN "site_id" text;--> statement-breakpoint
ALTER TABLE "employers"."shortlist_feedback" ADD CONSTRAINT "shortlist_feedback_shortlist_id_shortlist_id_fk" FOREIGN KEY ("shortlist_id") REFERENCES "employers"."shortlist"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."shortlist" ADD CONSTRAINT "shortlist_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "employers"."vacancy"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortlist_feedback_shortlist_idx" ON "employers"."shortlist_feedback" USING btree ("shortlist_id");--> statement-breakpoint
CREATE INDEX "shortlist_vacancy_idx" ON "employers"."shortlist" USING btree ("vacancy_id");--> statement-breakpoint
ALTER TABLE "employers"."vacancy" ADD CONSTRAINT "vacancy_site_id_employer_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "employers"."employer_site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "employers".shortlist_feedback_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'shortlist_feedback is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER shortlist_feedback_append_only BEFORE UPDATE OR DELETE ON "employers".shortlist_feedback FOR EACH ROW EXECUTE FUNCTION "employers".shortlist_feedback_append_only();
