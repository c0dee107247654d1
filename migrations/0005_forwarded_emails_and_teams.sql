CREATE TABLE `conversation_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`conversation_id` text NOT NULL,
	`kind` text NOT NULL,
	`person_id` integer,
	`reference` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_references_conversation` ON `conversation_references` (`workspace_id`,`conversation_id`);--> statement-breakpoint
CREATE INDEX `conversation_references_person` ON `conversation_references` (`person_id`);--> statement-breakpoint
CREATE TABLE `forwarded_emails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`email_key` text NOT NULL,
	`source` text,
	`channel` text NOT NULL,
	`message_ts` text NOT NULL,
	`forwarder_id` integer NOT NULL,
	`concerns_ids` text DEFAULT '[]' NOT NULL,
	`client_id` integer,
	`from_address` text,
	`from_name` text,
	`subject` text,
	`sent_at` integer,
	`words` text,
	`language` text,
	`kind` text,
	`confidence` real,
	`status` text NOT NULL,
	`problem` text,
	`kudos_ref` text,
	`escalation_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forwarder_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `forwarded_emails_key` ON `forwarded_emails` (`workspace_id`,`email_key`);--> statement-breakpoint
CREATE INDEX `forwarded_emails_message` ON `forwarded_emails` (`workspace_id`,`channel`,`message_ts`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `thread` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `email_inbox_channels` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `email_auto_record_above` real;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `kudos_emojis` text DEFAULT '["clap","star2"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `report_emoji` text DEFAULT 'rotating_light' NOT NULL;