CREATE TABLE "client_scores" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"client_id" bigint NOT NULL,
	"person_id" bigint,
	"scored_on" bigint NOT NULL,
	"kind" text NOT NULL,
	"score" double precision NOT NULL,
	"comment" text,
	"row_key" text NOT NULL,
	"kudos_ref" text,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"email_domains" text DEFAULT '[]' NOT NULL,
	"owner_id" bigint,
	"channel" text,
	"conduct" text,
	"yearly_value" bigint,
	"yearly_service_cost" bigint,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_references" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"conversation_id" text NOT NULL,
	"kind" text NOT NULL,
	"person_id" bigint,
	"reference" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"escalation_id" bigint NOT NULL,
	"actor_id" bigint,
	"kind" text NOT NULL,
	"note" text,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"reporter_id" bigint NOT NULL,
	"client_id" bigint NOT NULL,
	"handler_id" bigint,
	"severity" text NOT NULL,
	"what_happened" text NOT NULL,
	"client_words" text,
	"wants_to_keep_account" integer,
	"cause" text,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"follow_up_at" bigint,
	"timer_at" bigint,
	"timer_stage" bigint DEFAULT 0 NOT NULL,
	"check_in_at" bigint,
	"source_ref" text NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	"acknowledged_at" bigint,
	"resolved_at" bigint
);
--> statement-breakpoint
CREATE TABLE "forwarded_emails" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"email_key" text NOT NULL,
	"source" text,
	"channel" text NOT NULL,
	"message_ts" text NOT NULL,
	"forwarder_id" bigint NOT NULL,
	"concerns_ids" text DEFAULT '[]' NOT NULL,
	"client_id" bigint,
	"from_address" text,
	"from_name" text,
	"subject" text,
	"sent_at" bigint,
	"words" text,
	"language" text,
	"kind" text,
	"confidence" double precision,
	"status" text NOT NULL,
	"problem" text,
	"kudos_ref" text,
	"escalation_id" bigint,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"rows" bigint NOT NULL,
	"problems" bigint NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kudos" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"giver_id" bigint NOT NULL,
	"recipient_id" bigint NOT NULL,
	"client_id" bigint,
	"words" text NOT NULL,
	"values" text DEFAULT '[]' NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	"thanked_at" bigint,
	"thanked_by_id" bigint,
	"thanks_note" text
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"key" text NOT NULL,
	"target_kind" text NOT NULL,
	"target" text NOT NULL,
	"thread" text,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"claimed_at" bigint,
	"claimed_by" text,
	"next_attempt_at" bigint NOT NULL,
	"last_error" text,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	"sent_at" bigint
);
--> statement-breakpoint
CREATE TABLE "outbox_workers" (
	"id" text PRIMARY KEY NOT NULL,
	"seen_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" bigint NOT NULL,
	"platform_user_id" text,
	"name" text NOT NULL,
	"email" text,
	"manager_id" bigint,
	"team" text,
	"timezone" text,
	"locale" text,
	"is_admin" integer DEFAULT 0 NOT NULL,
	"is_bot" integer DEFAULT 0 NOT NULL,
	"announce_opt_out" integer DEFAULT 0 NOT NULL,
	"digest_schedule" text,
	"digest_sent_through" bigint,
	"profile_synced_at" bigint,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"key" text PRIMARY KEY NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_installations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"installed_in" text NOT NULL,
	"sealed" text NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"name" text,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"kudos_channel" text,
	"kudos_daily_limit" bigint,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"summary_channel" text,
	"summary_day" bigint DEFAULT 1 NOT NULL,
	"summary_time" text DEFAULT '09:00' NOT NULL,
	"check_in_days" bigint DEFAULT 3 NOT NULL,
	"digest_default" text DEFAULT 'daily' NOT NULL,
	"email_inbox_channels" text DEFAULT '[]' NOT NULL,
	"email_auto_record_above" double precision,
	"kudos_emojis" text DEFAULT '["clap","star2"]' NOT NULL,
	"report_emoji" text DEFAULT 'rotating_light' NOT NULL,
	"uninstalled_at" bigint,
	"enterprise_id" text,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_scores" ADD CONSTRAINT "client_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_scores" ADD CONSTRAINT "client_scores_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_scores" ADD CONSTRAINT "client_scores_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_references" ADD CONSTRAINT "conversation_references_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_references" ADD CONSTRAINT "conversation_references_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_reporter_id_people_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_handler_id_people_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forwarded_emails" ADD CONSTRAINT "forwarded_emails_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forwarded_emails" ADD CONSTRAINT "forwarded_emails_forwarder_id_people_id_fk" FOREIGN KEY ("forwarder_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forwarded_emails" ADD CONSTRAINT "forwarded_emails_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forwarded_emails" ADD CONSTRAINT "forwarded_emails_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_giver_id_people_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_thanked_by_id_people_id_fk" FOREIGN KEY ("thanked_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_scores_row" ON "client_scores" USING btree ("workspace_id","row_key");--> statement-breakpoint
CREATE INDEX "client_scores_person" ON "client_scores" USING btree ("person_id","scored_on");--> statement-breakpoint
CREATE INDEX "client_scores_workspace_day" ON "client_scores" USING btree ("workspace_id","scored_on");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_workspace_name" ON "clients" USING btree ("workspace_id","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_references_conversation" ON "conversation_references" USING btree ("workspace_id","conversation_id");--> statement-breakpoint
CREATE INDEX "conversation_references_person" ON "conversation_references" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "escalation_events_escalation" ON "escalation_events" USING btree ("escalation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_source" ON "escalations" USING btree ("workspace_id","source_ref");--> statement-breakpoint
CREATE INDEX "escalations_client_created" ON "escalations" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "escalations_timer" ON "escalations" USING btree ("timer_at");--> statement-breakpoint
CREATE INDEX "escalations_check_in" ON "escalations" USING btree ("check_in_at");--> statement-breakpoint
CREATE INDEX "escalations_reporter" ON "escalations" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "escalations_workspace_created" ON "escalations" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "forwarded_emails_key" ON "forwarded_emails" USING btree ("workspace_id","email_key");--> statement-breakpoint
CREATE INDEX "forwarded_emails_message" ON "forwarded_emails" USING btree ("workspace_id","channel","message_ts");--> statement-breakpoint
CREATE INDEX "imports_workspace_created" ON "imports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kudos_source_recipient" ON "kudos" USING btree ("workspace_id","source_ref","recipient_id");--> statement-breakpoint
CREATE INDEX "kudos_recipient_created" ON "kudos" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "kudos_giver_created" ON "kudos" USING btree ("giver_id","created_at");--> statement-breakpoint
CREATE INDEX "kudos_workspace_created" ON "kudos" USING btree ("workspace_id","created_at","recipient_id","giver_id","client_id");--> statement-breakpoint
CREATE INDEX "kudos_thanked_by" ON "kudos" USING btree ("thanked_by_id","thanked_at");--> statement-breakpoint
CREATE INDEX "kudos_recipient_client_created" ON "kudos" USING btree ("recipient_id","created_at") WHERE "kudos"."client_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_key" ON "outbox" USING btree ("key");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "people_workspace_user" ON "people" USING btree ("workspace_id","platform_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_workspace_email" ON "people" USING btree ("workspace_id","email");--> statement-breakpoint
CREATE INDEX "people_manager" ON "people" USING btree ("manager_id");--> statement-breakpoint
CREATE INDEX "people_workspace_id" ON "people" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "slack_installations_installed_in" ON "slack_installations" USING btree ("installed_in");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_platform_external" ON "workspaces" USING btree ("platform","external_id");