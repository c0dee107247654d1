DROP INDEX `kudos_workspace_created`;--> statement-breakpoint
CREATE INDEX `kudos_workspace_created` ON `kudos` (`workspace_id`,`created_at`,`recipient_id`,`giver_id`,`client_id`);