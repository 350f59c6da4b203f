ALTER TABLE "outcomes"."delivery_month_total" ADD COLUMN "target_groups" jsonb DEFAULT '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes"."delivery_person_year" ADD COLUMN "target_groups" jsonb DEFAULT '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes"."placement" ADD COLUMN "target_groups" jsonb;--> statement-breakpoint
ALTER TABLE "outcomes"."service_delivery" ADD COLUMN "target_groups" jsonb;--> statement-breakpoint
ALTER TABLE "outcomes"."delivery_month_total" DROP CONSTRAINT "delivery_month_total_pk";
--> statement-breakpoint
ALTER TABLE "outcomes"."delivery_month_total" ADD CONSTRAINT "delivery_month_total_pk" PRIMARY KEY("month","province","provider_kind","provider_id","service_code","target_groups");--> statement-breakpoint
ALTER TABLE "outcomes"."delivery_person_year" DROP CONSTRAINT "delivery_person_year_pk";
--> statement-breakpoint
ALTER TABLE "outcomes"."delivery_person_year" ADD CONSTRAINT "delivery_person_year_pk" PRIMARY KEY("year","person_id","province","provider_kind","provider_id","service_code","target_groups");--> statement-breakpoint
-- The aggregates of migration 0008 keyed by the deliveries' target groups too (the services family splits by them).
-- Existing aggregate rows took the NOT_RECORDED default above, as the deliveries they count have no groups: the same
-- coalesce below keeps new rows of old shape in the same key. Same statement-level trigger, same four statements;
-- first_service and take_in_charge_cohort are unchanged (their families read the groups from the delivery rows).
CREATE OR REPLACE FUNCTION "outcomes".service_delivery_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcomes"."delivery_month_total" AS t ("month", "province", "provider_kind", "provider_id", "service_code", "target_groups", "deliveries", "minutes", "outputs")
    SELECT make_date(extract(year FROM delivered_on)::int, extract(month FROM delivered_on)::int, 1), person_province, coalesce(provider_kind, 'UNKNOWN'),
           provider_id, service_code, coalesce(target_groups, '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb),
           count(*), sum(minutes), sum(jsonb_array_length(outputs))
    FROM inserted GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("month", "province", "provider_kind", "provider_id", "service_code", "target_groups") DO UPDATE
    SET deliveries = t.deliveries + excluded.deliveries, minutes = t.minutes + excluded.minutes, outputs = t.outputs + excluded.outputs;
  INSERT INTO "outcomes"."delivery_person_year" AS t ("year", "person_id", "province", "provider_kind", "provider_id", "service_code", "target_groups", "months")
    SELECT extract(year FROM delivered_on)::int, person_id, person_province, coalesce(provider_kind, 'UNKNOWN'), provider_id, service_code,
           coalesce(target_groups, '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb),
           bit_or(1 << (extract(month FROM delivered_on)::int - 1))
    FROM inserted GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("year", "person_id", "province", "provider_kind", "provider_id", "service_code", "target_groups") DO UPDATE
    SET months = t.months | excluded.months WHERE t.months | excluded.months <> t.months;
  INSERT INTO "outcomes"."first_service" AS t ("person_id", "province", "provider_id", "delivered_on", "delivery_id", "provider_kind", "days")
    SELECT DISTINCT ON (person_id, person_province, provider_id) person_id, person_province, provider_id, delivered_on, id,
           coalesce(provider_kind, 'UNKNOWN'), delivered_on - enrolled_on
    FROM inserted WHERE enrolled_on IS NOT NULL AND delivered_on >= enrolled_on
    ORDER BY person_id, person_province, provider_id, delivered_on, id
    ON CONFLICT ("person_id", "province", "provider_id") DO UPDATE
    SET delivered_on = excluded.delivered_on, delivery_id = excluded.delivery_id, provider_kind = excluded.provider_kind, days = excluded.days
    WHERE (excluded.delivered_on, excluded.delivery_id) < (t.delivered_on, t.delivery_id);
  INSERT INTO "outcomes"."take_in_charge_cohort" ("person_id", "provider_id", "provider_kind", "province", "taken_in_charge_on")
    SELECT DISTINCT person_id, provider_id, coalesce(provider_kind, 'UNKNOWN'), person_province, taken_in_charge_on
    FROM inserted WHERE taken_in_charge_on IS NOT NULL
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Rebuilt under the new key from the deliveries (as 0008 built them), with inserts held off until this migration
-- commits: the same content as the NOT_RECORDED default gave them, and the statements a test replays to check it.
LOCK TABLE "outcomes"."service_delivery" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
DELETE FROM "outcomes"."delivery_month_total";
--> statement-breakpoint
DELETE FROM "outcomes"."delivery_person_year";
--> statement-breakpoint
INSERT INTO "outcomes"."delivery_month_total" ("month", "province", "provider_kind", "provider_id", "service_code", "target_groups", "deliveries", "minutes", "outputs")
  SELECT make_date(extract(year FROM delivered_on)::int, extract(month FROM delivered_on)::int, 1), person_province, coalesce(provider_kind, 'UNKNOWN'),
         provider_id, service_code, coalesce(target_groups, '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb),
         count(*), sum(minutes), sum(jsonb_array_length(outputs))
  FROM "outcomes"."service_delivery" GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO "outcomes"."delivery_person_year" ("year", "person_id", "province", "provider_kind", "provider_id", "service_code", "target_groups", "months")
  SELECT extract(year FROM delivered_on)::int, person_id, person_province, coalesce(provider_kind, 'UNKNOWN'), provider_id, service_code,
         coalesce(target_groups, '["SEX:NOT_RECORDED","AGE_BAND:NOT_RECORDED","LONG_TERM_UNEMPLOYED:NOT_RECORDED","DISABILITY:NOT_RECORDED"]'::jsonb),
         bit_or(1 << (extract(month FROM delivered_on)::int - 1))
  FROM "outcomes"."service_delivery" GROUP BY 1, 2, 3, 4, 5, 6, 7;
