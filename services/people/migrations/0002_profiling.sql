CREATE TABLE "people"."professional_record" (
	"person_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "professional_record_person_id_version_pk" PRIMARY KEY("person_id","version")
);
--> statement-breakpoint
CREATE TABLE "people"."profiling" (
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"on" date NOT NULL,
	"score" double precision,
	"content" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "profiling_person_id_kind_version_pk" PRIMARY KEY("person_id","kind","version")
);
--> statement-breakpoint
ALTER TABLE "people"."professional_record" ADD CONSTRAINT "professional_record_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."profiling" ADD CONSTRAINT "profiling_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE no action ON UPDATE no action;