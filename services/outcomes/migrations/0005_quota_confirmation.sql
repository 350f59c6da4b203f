ALTER TABLE "outcomes"."placement" ADD COLUMN "employer_province" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "quota_province" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "quota_status" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "quota_confirmed_by" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "quota_confirmed_by_org" text;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "quota_confirmed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "placement_quota_province_idx" ON "outcomes"."placement" USING btree ("quota_province");--> statement-breakpoint
-- Quota hires recorded before confirmations existed were counted at once: they keep counting, marked as such.
UPDATE "outcomes"."placement" SET "quota_status" = 'CONFIRMED', "quota_confirmed_by" = 'recorded before quota confirmations', "quota_confirmed_at" = now()
  WHERE "counts_toward_quota" AND "quota_status" IS NULL;
