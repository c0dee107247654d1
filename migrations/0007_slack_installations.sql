CREATE TABLE `slack_installations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`installed_in` text NOT NULL,
	`sealed` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_installations_installed_in` ON `slack_installations` (`installed_in`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `uninstalled_at` integer;