CREATE TABLE "people"."disadvantage_certification" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"basis" text NOT NULL,
	"reference" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."disadvantage_certification" ADD CONSTRAINT "disadvantage_certification_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disadvantage_certification_person_idx" ON "people"."disadvantage_certification" USING btree ("person_id");