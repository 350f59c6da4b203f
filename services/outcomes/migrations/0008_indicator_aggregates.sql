CREATE TABLE "outcomes"."delivery_month_total" (
	"month" date NOT NULL,
	"province" text NOT NULL,
	"provider_kind" text NOT NULL,
	"provider_id" text NOT NULL,
	"service_code" text NOT NULL,
	"deliveries" integer NOT NULL,
	"minutes" bigint NOT NULL,
	"outputs" bigint NOT NULL,
	CONSTRAINT "delivery_month_total_pk" PRIMARY KEY("month","province","provider_kind","provider_id","service_code")
);
--> statement-breakpoint
CREATE TABLE "outcomes"."delivery_person_year" (
	"year" integer NOT NULL,
	"person_id" text NOT NULL,
	"province" text NOT NULL,
	"provider_kind" text NOT NULL,
	"provider_id" text NOT NULL,
	"service_code" text NOT NULL,
	"months" integer NOT NULL,
	CONSTRAINT "delivery_person_year_pk" PRIMARY KEY("year","person_id","province","provider_kind","provider_id","service_code")
);
--> statement-breakpoint
CREATE TABLE "outcomes"."first_service" (
	"person_id" text NOT NULL,
	"province" text NOT NULL,
	"provider_id" text NOT NULL,
	"delivered_on" date NOT NULL,
	"delivery_id" text NOT NULL,
	"provider_kind" text NOT NULL,
	"days" integer NOT NULL,
	CONSTRAINT "first_service_pk" PRIMARY KEY("person_id","province","provider_id")
);
--> statement-breakpoint
CREATE TABLE "outcomes"."take_in_charge_cohort" (
	"person_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"provider_kind" text NOT NULL,
	"province" text NOT NULL,
	"taken_in_charge_on" date NOT NULL,
	CONSTRAINT "take_in_charge_cohort_pk" PRIMARY KEY("person_id","provider_id","provider_kind","province","taken_in_charge_on")
);
--> statement-breakpoint
CREATE INDEX "take_in_charge_cohort_on_idx" ON "outcomes"."take_in_charge_cohort" USING btree ("taken_in_charge_on");
--> statement-breakpoint
-- The aggregates follow the deliveries in the inserting statement's own transaction: a statement-level trigger sees
-- exactly the rows inserted (a retried report that ON CONFLICT DO NOTHING skipped is not among them), in one set-based
-- upsert per table however many rows the statement inserted. Each source row is grouped first, so that no upsert
-- touches a row twice. The same four statements backfill the existing deliveries below, with the table locked
-- against inserts until this migration commits, so that no row is missed between the backfill and the trigger.
CREATE OR REPLACE FUNCTION "outcomes".service_delivery_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcomes"."delivery_month_total" AS t ("month", "province", "provider_kind", "provider_id", "service_code", "deliveries", "minutes", "outputs")
    SELECT make_date(extract(year FROM delivered_on)::int, extract(month FROM delivered_on)::int, 1), person_province, coalesce(provider_kind, 'UNKNOWN'),
           provider_id, service_code, count(*), sum(minutes), sum(jsonb_array_length(outputs))
    FROM inserted GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("month", "province", "provider_kind", "provider_id", "service_code") DO UPDATE
    SET deliveries = t.deliveries + excluded.deliveries, minutes = t.minutes + excluded.minutes, outputs = t.outputs + excluded.outputs;
  INSERT INTO "outcomes"."delivery_person_year" AS t ("year", "person_id", "province", "provider_kind", "provider_id", "service_code", "months")
    SELECT extract(year FROM delivered_on)::int, person_id, person_province, coalesce(provider_kind, 'UNKNOWN'), provider_id, service_code,
           bit_or(1 << (extract(month FROM delivered_on)::int - 1))
    FROM inserted GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("year", "person_id", "province", "provider_kind", "provider_id", "service_code") DO UPDATE
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
LOCK TABLE "outcomes"."service_delivery" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE TRIGGER service_delivery_aggregates AFTER INSERT ON "outcomes"."service_delivery" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "outcomes".service_delivery_aggregates();
--> statement-breakpoint
INSERT INTO "outcomes"."delivery_month_total" AS t ("month", "province", "provider_kind", "provider_id", "service_code", "deliveries", "minutes", "outputs")
  SELECT make_date(extract(year FROM delivered_on)::int, extract(month FROM delivered_on)::int, 1), person_province, coalesce(provider_kind, 'UNKNOWN'),
         provider_id, service_code, count(*), sum(minutes), sum(jsonb_array_length(outputs))
  FROM "outcomes"."service_delivery" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "province", "provider_kind", "provider_id", "service_code") DO UPDATE
  SET deliveries = t.deliveries + excluded.deliveries, minutes = t.minutes + excluded.minutes, outputs = t.outputs + excluded.outputs;
--> statement-breakpoint
INSERT INTO "outcomes"."delivery_person_year" AS t ("year", "person_id", "province", "provider_kind", "provider_id", "service_code", "months")
  SELECT extract(year FROM delivered_on)::int, person_id, person_province, coalesce(provider_kind, 'UNKNOWN'), provider_id, service_code,
         bit_or(1 << (extract(month FROM delivered_on)::int - 1))
  FROM "outcomes"."service_delivery" GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("year", "person_id", "province", "provider_kind", "provider_id", "service_code") DO UPDATE
  SET months = t.months | excluded.months WHERE t.months | excluded.months <> t.months;
--> statement-breakpoint
INSERT INTO "outcomes"."first_service" AS t ("person_id", "province", "provider_id", "delivered_on", "delivery_id", "provider_kind", "days")
  SELECT DISTINCT ON (person_id, person_province, provider_id) person_id, person_province, provider_id, delivered_on, id,
         coalesce(provider_kind, 'UNKNOWN'), delivered_on - enrolled_on
  FROM "outcomes"."service_delivery" WHERE enrolled_on IS NOT NULL AND delivered_on >= enrolled_on
  ORDER BY person_id, person_province, provider_id, delivered_on, id
  ON CONFLICT ("person_id", "province", "provider_id") DO UPDATE
  SET delivered_on = excluded.delivered_on, delivery_id = excluded.delivery_id, provider_kind = excluded.provider_kind, days = excluded.days
  WHERE (excluded.delivered_on, excluded.delivery_id) < (t.delivered_on, t.delivery_id);
--> statement-breakpoint
INSERT INTO "outcomes"."take_in_charge_cohort" ("person_id", "provider_id", "provider_kind", "province", "taken_in_charge_on")
  SELECT DISTINCT person_id, provider_id, coalesce(provider_kind, 'UNKNOWN'), person_province, taken_in_charge_on
  FROM "outcomes"."service_delivery" WHERE taken_in_charge_on IS NOT NULL
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Deliveries are append-only (as the aggregates assume): a correction is a new report, never an edit.
CREATE OR REPLACE FUNCTION "outcomes".service_delivery_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'service_delivery is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_delivery_append_only BEFORE UPDATE OR DELETE ON "outcomes"."service_delivery" FOR EACH ROW EXECUTE FUNCTION "outcomes".service_delivery_append_only();
--> statement-breakpoint
CREATE TRIGGER service_delivery_no_truncate BEFORE TRUNCATE ON "outcomes"."service_delivery" FOR EACH STATEMENT EXECUTE FUNCTION "outcomes".service_delivery_append_only();
