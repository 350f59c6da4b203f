CREATE TABLE "employers"."agreement" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"province" text NOT NULL,
	"starts_on" date NOT NULL,
	"schedule" jsonb NOT NULL,
	"authorised_by" text NOT NULL,
	"authorised_by_org" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."exemption" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"province" text NOT NULL,
	"percentage" integer NOT NULL,
	"security_or_transport_sector" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"quota" integer NOT NULL,
	"positions" integer NOT NULL,
	"report_year" integer NOT NULL,
	"report_version" integer NOT NULL,
	"authorised_by" text NOT NULL,
	"authorised_by_org" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."suspension" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"province" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis" text NOT NULL,
	"authorised_by" text NOT NULL,
	"authorised_by_org" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."workforce_report" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"workforce" jsonb NOT NULL,
	"obligation" jsonb NOT NULL,
	"submitted_on" date NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_by_kind" text NOT NULL,
	CONSTRAINT "workforce_report_version_key" UNIQUE("employer_id","year","version")
);
--> statement-breakpoint
ALTER TABLE "employers"."agreement" ADD CONSTRAINT "agreement_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."exemption" ADD CONSTRAINT "exemption_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."suspension" ADD CONSTRAINT "suspension_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."workforce_report" ADD CONSTRAINT "workforce_report_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_employer_idx" ON "employers"."agreement" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "exemption_employer_idx" ON "employers"."exemption" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "suspension_employer_idx" ON "employers"."suspension" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "workforce_report_year_idx" ON "employers"."workforce_report" USING btree ("year");