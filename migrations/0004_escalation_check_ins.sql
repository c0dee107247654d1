ALTER TABLE `escalations` ADD `check_in_at` integer;--> statement-breakpoint
CREATE INDEX `escalations_check_in` ON `escalations` (`check_in_at`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `check_in_days` integer DEFAULT 3 NOT NULL;