CREATE TABLE `client_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`person_id` integer,
	`scored_on` integer NOT NULL,
	`kind` text NOT NULL,
	`score` real NOT NULL,
	`comment` text,
	`row_key` text NOT NULL,
	`kudos_ref` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `client_scores_row` ON `client_scores` (`workspace_id`,`row_key`);--> statement-breakpoint
CREATE INDEX `client_scores_person` ON `client_scores` (`person_id`,`scored_on`);--> statement-breakpoint
CREATE INDEX `client_scores_workspace_day` ON `client_scores` (`workspace_id`,`scored_on`);