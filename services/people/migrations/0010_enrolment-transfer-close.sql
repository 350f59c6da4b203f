ALTER TABLE "people"."enrolment_transfer" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "people"."enrolment_transfer" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "people"."enrolment_transfer" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "people"."enrolment_transfer" ADD COLUMN "closed_by_org" text;