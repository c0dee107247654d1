CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`rows` integer NOT NULL,
	`problems` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_workspace_created` ON `imports` (`workspace_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `escalations` ADD `cause` text;--> statement-breakpoint
CREATE INDEX `escalations_workspace_created` ON `escalations` (`workspace_id`,`created_at`);