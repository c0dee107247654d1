CREATE TABLE `escalation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`escalation_id` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `escalation_events_escalation` ON `escalation_events` (`escalation_id`,`id`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`reporter_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`handler_id` integer,
	`severity` text NOT NULL,
	`what_happened` text NOT NULL,
	`client_words` text,
	`wants_to_keep_account` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text,
	`follow_up_at` integer,
	`timer_at` integer,
	`timer_stage` integer DEFAULT 0 NOT NULL,
	`source_ref` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`acknowledged_at` integer,
	`resolved_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reporter_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handler_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_source` ON `escalations` (`workspace_id`,`source_ref`);--> statement-breakpoint
CREATE INDEX `escalations_client_created` ON `escalations` (`client_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `escalations_timer` ON `escalations` (`timer_at`);--> statement-breakpoint
CREATE INDEX `escalations_reporter` ON `escalations` (`reporter_id`);--> statement-breakpoint
ALTER TABLE `clients` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `conduct` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `yearly_value` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `yearly_service_cost` integer;