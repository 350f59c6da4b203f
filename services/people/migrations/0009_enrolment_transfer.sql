CREATE TABLE "people"."enrolment_transfer" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"list" text NOT NULL,
	"from_enrolment_id" text NOT NULL,
	"from_province" text NOT NULL,
	"to_province" text NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" text NOT NULL,
	"status" text NOT NULL,
	"completed_on" date,
	"completed_by" text,
	"to_enrolment_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "transferred_from" text;--> statement-breakpoint
ALTER TABLE "people"."enrolment" ADD COLUMN "seniority_from" date;--> statement-breakpoint
ALTER TABLE "people"."enrolment_transfer" ADD CONSTRAINT "enrolment_transfer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."enrolment_transfer" ADD CONSTRAINT "enrolment_transfer_from_enrolment_id_enrolment_id_fk" FOREIGN KEY ("from_enrolment_id") REFERENCES "people"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolment_transfer_person_idx" ON "people"."enrolment_transfer" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_transfer_pending_uq" ON "people"."enrolment_transfer" USING btree ("from_enrolment_id") WHERE status = 'PENDING';