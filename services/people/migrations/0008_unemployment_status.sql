CREATE TABLE "people"."unemployment_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"ends_on" date,
	"employment" text,
	"expected_income_cents" bigint,
	"reason" text,
	"reference" text NOT NULL,
	"province" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."unemployment_event" ADD CONSTRAINT "unemployment_event_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unemployment_event_person_idx" ON "people"."unemployment_event" USING btree ("person_id","on");