CREATE TABLE "employers"."referral_request" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"province" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"origin" text NOT NULL,
	"vacancy_id" text,
	"qualification" text NOT NULL,
	"positions" integer NOT NULL,
	"nominees" jsonb NOT NULL,
	"filed_on" date NOT NULL,
	"obligation_arisen_on" date,
	"term_ends_on" date,
	"nominative_rule" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"filed_by_org" text NOT NULL,
	"filed_by" text NOT NULL,
	"filed_by_kind" text NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_request_idempotency_key" UNIQUE("filed_by_org","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "employers"."referral" (
	"id" text PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"person_id" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"ranking_position" integer NOT NULL,
	"reference_date" date NOT NULL,
	"referred_on" date NOT NULL,
	"idempotency_key" text NOT NULL,
	"referred_by_org" text NOT NULL,
	"referred_by" text NOT NULL,
	"referred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"not_hired_reason" text,
	"placement_id" text,
	"outcome_on" date,
	"unjustified_refusal_by_person" boolean,
	"unjustified_refusal_by_employer" boolean,
	"outcome_recorded_by" text,
	"outcome_recorded_by_org" text,
	"outcome_recorded_at" timestamp with time zone,
	CONSTRAINT "referral_request_person" UNIQUE("request_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "employers"."referral_request" ADD CONSTRAINT "referral_request_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "employers"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."referral_request" ADD CONSTRAINT "referral_request_vacancy_id_vacancy_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "employers"."vacancy"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."referral" ADD CONSTRAINT "referral_request_id_referral_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "employers"."referral_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_request_employer_idx" ON "employers"."referral_request" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "referral_request_province_idx" ON "employers"."referral_request" USING btree ("province","filed_on");--> statement-breakpoint
CREATE INDEX "referral_request_idx" ON "employers"."referral" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "referral_person_idx" ON "employers"."referral" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referral_act_idx" ON "employers"."referral" USING btree ("referred_by_org","idempotency_key");