ALTER TABLE `kudos` ADD `thanks_note` text;--> statement-breakpoint
CREATE INDEX `kudos_thanked_by` ON `kudos` (`thanked_by_id`,`thanked_at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_at` integer;--> statement-breakpoint
ALTER TABLE `people` ADD `digest_schedule` text;--> statement-breakpoint
ALTER TABLE `people` ADD `digest_sent_through` integer;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `timezone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `summary_channel` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `summary_day` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `summary_time` text DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `digest_default` text DEFAULT 'daily' NOT NULL;