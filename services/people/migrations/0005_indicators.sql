ALTER TABLE "people"."take_in_charge" ADD COLUMN "provider_kind" text;--> statement-breakpoint
CREATE INDEX "take_in_charge_started_on_idx" ON "people"."take_in_charge" USING btree ("started_on");