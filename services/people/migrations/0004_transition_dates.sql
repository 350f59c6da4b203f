ALTER TABLE "people"."enrolment_transition" ADD COLUMN "on" date;--> statement-breakpoint
UPDATE "people"."enrolment_transition" SET "on" = ("at" AT TIME ZONE 'Europe/Rome')::date WHERE "on" IS NULL;
