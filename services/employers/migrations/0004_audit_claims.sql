ALTER TABLE "employers"."audit_event" ADD COLUMN "claimed_operation_name" text;--> statement-breakpoint
ALTER TABLE "employers"."audit_event" ADD COLUMN "claimed_request_id" text;