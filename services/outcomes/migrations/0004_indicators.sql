ALTER TABLE "outcomes"."placement" ADD COLUMN "provider_kind" text;--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "provider_kind" text;--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "enrolled_on" date;--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "taken_in_charge_on" date;--> statement-breakpoint
ALTER TABLE "outcomes"."service_path" ADD COLUMN "provider_kind" text;--> statement-breakpoint
CREATE INDEX "placement_started_on_idx" ON "outcomes"."placement" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "service_delivery_delivered_on_idx" ON "outcomes"."service_delivery" USING btree ("delivered_on");--> statement-breakpoint
CREATE INDEX "service_path_closed_on_idx" ON "outcomes"."service_path" USING btree ("closed_on");