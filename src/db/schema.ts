import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/** A Slack workspace, a Teams tenant or the local shell: every other row belongs to one. */
export const workspaces = sqliteTable(
  'workspaces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: ['slack', 'teams', 'shell'] }).notNull(),
    externalId: text('external_id').notNull(),
    name: text('name'),
    defaultLocale: text('default_locale').notNull().default('en'),
    /** Where kudos are announced; null means the channel the command came from. */
    kudosChannel: text('kudos_channel'),
    /** Kudos one person may give a day; null means no limit. */
    kudosDailyLimit: integer('kudos_daily_limit'),
    /** The workspace's own timezone: when the weekly summary goes out. */
    timezone: text('timezone').notNull().default('UTC'),
    /** Where the weekly summary is posted; null means it is not posted. */
    summaryChannel: text('summary_channel'),
    /** Day of the week for the summary, 0 = Sunday … 6 = Saturday. */
    summaryDay: integer('summary_day').notNull().default(1),
    /** Local time of the summary, HH:MM. */
    summaryTime: text('summary_time').notNull().default('09:00'),
    /** Days after a report before the reporter's wellbeing check-in. */
    checkInDays: integer('check_in_days').notNull().default(3),
    /** Managers' digest schedule unless they chose their own. */
    digestDefault: text('digest_default', { enum: ['daily', 'weekly', 'off'] })
      .notNull()
      .default('daily'),
    /** Channels where forwarded emails are read; empty means every channel Frontline is in. */
    emailInboxChannels: text('email_inbox_channels', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default([]),
    /** Compliments at or above this confidence are recorded without a click; null: always ask. */
    emailAutoRecordAbove: real('email_auto_record_above'),
    /** Reacting with one of these on a message gives kudos to the person it concerns. */
    kudosEmojis: text('kudos_emojis', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(['clap', 'star2']),
    /** Reacting with this on a message privately offers to report the client. */
    reportEmoji: text('report_emoji').notNull().default('rotating_light'),
    /** When the app was uninstalled (or its tokens revoked): nothing is sent or scheduled. */
    uninstalledAt: integer('uninstalled_at', { mode: 'timestamp_ms' }),
    /** The Enterprise Grid organisation it belongs to: an org-wide install delivers there too. */
    enterpriseId: text('enterprise_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('workspaces_platform_external').on(t.platform, t.externalId)],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** Null until the person is seen on the platform (an import may know only the email). */
    platformUserId: text('platform_user_id'),
    name: text('name').notNull(),
    email: text('email'),
    managerId: integer('manager_id').references((): AnySQLiteColumn => people.id),
    team: text('team'),
    timezone: text('timezone'),
    locale: text('locale'),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    isBot: integer('is_bot', { mode: 'boolean' }).notNull().default(false),
    announceOptOut: integer('announce_opt_out', { mode: 'boolean' }).notNull().default(false),
    /** The manager's own digest schedule; null follows the workspace default. */
    digestSchedule: text('digest_schedule', { enum: ['daily', 'weekly', 'off'] }),
    /** Kudos created up to here were in a digest already. */
    digestSentThrough: integer('digest_sent_through', { mode: 'timestamp_ms' }),
    /** When the platform profile was last read, to know when to read it again. */
    profileSyncedAt: integer('profile_synced_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('people_workspace_user').on(t.workspaceId, t.platformUserId),
    uniqueIndex('people_workspace_email').on(t.workspaceId, t.email),
    index('people_manager').on(t.managerId),
    // A workspace's people in id order, a page at a time (its managers, for the digests).
    index('people_workspace_id').on(t.workspaceId, t.id),
  ],
);

/** A client account: the company whose people praise or abuse ours. */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    /** Lower-cased, single-spaced name: "ACME  ltd" and "Acme Ltd" are one account. */
    nameKey: text('name_key').notNull(),
    emailDomains: text('email_domains', { mode: 'json' }).$type<string[]>().notNull().default([]),
    ownerId: integer('owner_id').references(() => people.id),
    /** The account's own channel, told when a manager takes the account over. */
    channel: text('channel'),
    /** An admin's judgement: a demanding but fair client, or an abusive one. */
    conduct: text('conduct', { enum: ['demanding', 'abusive'] }),
    /** What the account is worth a year, and what serving it costs: to decide keep or drop. */
    yearlyValue: integer('yearly_value'),
    yearlyServiceCost: integer('yearly_service_cost'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('clients_workspace_name').on(t.workspaceId, t.nameKey)],
);

/** One row per recipient: a kudos to Ana and Ben is two rows sharing a source reference. */
export const kudos = sqliteTable(
  'kudos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    giverId: integer('giver_id')
      .notNull()
      .references(() => people.id),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => people.id),
    clientId: integer('client_id').references(() => clients.id),
    words: text('words').notNull(),
    values: text('values', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** How it arrived: a command, a form, a forwarded email … */
    source: text('source').notNull(),
    /** The platform's id of the request that made it, so a retried request makes nothing new. */
    sourceRef: text('source_ref').notNull(),
    createdAt: createdAt(),
    thankedAt: integer('thanked_at', { mode: 'timestamp_ms' }),
    thankedById: integer('thanked_by_id').references(() => people.id),
    /** The manager's thank-you note, as sent. */
    thanksNote: text('thanks_note'),
  },
  (t) => [
    uniqueIndex('kudos_source_recipient').on(t.workspaceId, t.sourceRef, t.recipientId),
    index('kudos_recipient_created').on(t.recipientId, t.createdAt),
    index('kudos_giver_created').on(t.giverId, t.createdAt),
    // Covering: the overview's counts by team read it alone, never the rows.
    index('kudos_workspace_created').on(
      t.workspaceId,
      t.createdAt,
      t.recipientId,
      t.giverId,
      t.clientId,
    ),
    index('kudos_thanked_by').on(t.thankedById, t.thankedAt),
    // "Praised by a client for the first time" looks up client kudos only.
    index('kudos_recipient_client_created')
      .on(t.recipientId, t.createdAt)
      .where(sql`${t.clientId} is not null`),
  ],
);

export const SEVERITIES = ['concerning', 'abusive', 'threatening'] as const;
export const ESCALATION_STATUSES = [
  'open',
  'acknowledged',
  'taken_over',
  'supported',
  'resolved',
] as const;
/** What provoked the client, as the reporter saw it: to find and fix what provokes clients. */
export const CAUSES = [
  'product_defect',
  'delay',
  'price',
  'policy',
  'communication',
  'other',
] as const;
export const OUTCOMES = [
  'client_apologised',
  'client_dropped',
  'account_taken_over',
  'other',
] as const;

/**
 * A report of an abusive client. Private: only the reporter, their manager chain and admins
 * may see it; nothing about it is ever posted to a channel.
 */
export const escalations = sqliteTable(
  'escalations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => people.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    /** Who is asked to act now: the reporter's manager, someone above, or null for admins. */
    handlerId: integer('handler_id').references(() => people.id),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    whatHappened: text('what_happened').notNull(),
    /** The client's own words, or a link to the message. */
    clientWords: text('client_words'),
    wantsToKeepAccount: integer('wants_to_keep_account', { mode: 'boolean' }),
    /** Null on reports made before the form asked, or when the reporter did not say. */
    cause: text('cause', { enum: CAUSES }),
    status: text('status', { enum: ESCALATION_STATUSES }).notNull().default('open'),
    outcome: text('outcome', { enum: OUTCOMES }),
    followUpAt: integer('follow_up_at', { mode: 'timestamp_ms' }),
    /** When the next timer fires (a reminder, the next level up, a check-in); null: none. */
    timerAt: integer('timer_at', { mode: 'timestamp_ms' }),
    /** How far the unacknowledged report has climbed: 0 none, 1 reminded, 2+ levels up. */
    timerStage: integer('timer_stage').notNull().default(0),
    /** When the reporter gets the private "how are things now?" check-in; null once asked. */
    checkInAt: integer('check_in_at', { mode: 'timestamp_ms' }),
    sourceRef: text('source_ref').notNull(),
    createdAt: createdAt(),
    acknowledgedAt: integer('acknowledged_at', { mode: 'timestamp_ms' }),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('escalations_source').on(t.workspaceId, t.sourceRef),
    index('escalations_client_created').on(t.clientId, t.createdAt),
    index('escalations_timer').on(t.timerAt),
    index('escalations_check_in').on(t.checkInAt),
    index('escalations_reporter').on(t.reporterId),
    index('escalations_workspace_created').on(t.workspaceId, t.createdAt),
  ],
);

/** The audit trail of a report: who did what, when, with what note. */
export const escalationEvents = sqliteTable(
  'escalation_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    escalationId: integer('escalation_id')
      .notNull()
      .references(() => escalations.id),
    /** Null when Frontline itself acted (a timer). */
    actorId: integer('actor_id').references(() => people.id),
    kind: text('kind').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('escalation_events_escalation').on(t.escalationId, t.id)],
);

/** Inbound requests already handled, so a platform's retry is answered without acting twice. */
export const processedEvents = sqliteTable('processed_events', {
  key: text('key').primaryKey(),
  receivedAt: createdAt(),
});

/**
 * The outbox workers alive, each seen every second: a row one of them is sending stays its own,
 * and the rows of a worker gone quiet are settled by another.
 */
export const outboxWorkers = sqliteTable('outbox_workers', {
  id: text('id').primaryKey(),
  seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Who may run a piece of work now (the schedule's rounds): one process at a time. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Every message Frontline sends is written here first, then delivered and marked. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** Unique per delivery: kind, recipient and what it is about (or the period). */
    key: text('key').notNull(),
    /** 'channel' with a platform channel id; 'person' or 'home' (their home view) with a people id. */
    targetKind: text('target_kind', { enum: ['channel', 'person', 'home'] }).notNull(),
    target: text('target').notNull(),
    /** For a channel: the thread to reply in, when the message answers one. */
    thread: text('thread'),
    message: text('message', { mode: 'json' }).notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the current attempt began: after a crash, what to look for on the platform. */
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    /** The outbox worker sending it: while that worker lives, no other takes the row over. */
    claimedBy: text('claimed_by'),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('outbox_key').on(t.key), index('outbox_due').on(t.status, t.nextAttemptAt)],
);

export const EMAIL_KINDS = ['compliment', 'abusive', 'neither'] as const;
export const EMAIL_STATUSES = [
  /** Read and classified; the one-click step is offered. */
  'offered',
  /** A kudos was recorded from it. */
  'recorded',
  /** The forwarder reported the client (or has the report form open). */
  'reported',
  /** Someone said it is not a compliment, or nothing was offered. */
  'dismissed',
  /** It could not be read; the source message is kept so it can be looked at again. */
  'unreadable',
] as const;

/** A client email forwarded into chat: what Frontline read from it and what became of it. */
export const forwardedEmails = sqliteTable(
  'forwarded_emails',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** Message-ID, else a hash of sender, date and words: the same email forwarded twice is one row. */
    emailKey: text('email_key').notNull(),
    source: text('source', { enum: ['email-file', 'pasted', 'eml'] }),
    /** The chat message it arrived in. */
    channel: text('channel').notNull(),
    messageTs: text('message_ts').notNull(),
    forwarderId: integer('forwarder_id')
      .notNull()
      .references(() => people.id),
    /** The people it concerns, as people ids. */
    concernsIds: text('concerns_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    clientId: integer('client_id').references(() => clients.id),
    fromAddress: text('from_address'),
    fromName: text('from_name'),
    subject: text('subject'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** The client's own words, quoted history and signatures removed. */
    words: text('words'),
    language: text('language'),
    kind: text('kind', { enum: EMAIL_KINDS }),
    confidence: real('confidence'),
    status: text('status', { enum: EMAIL_STATUSES }).notNull(),
    /** Why it could not be read (empty, tooLarge, unreadable, noSender). */
    problem: text('problem'),
    /** The kudos request key, once recorded. */
    kudosRef: text('kudos_ref'),
    escalationId: integer('escalation_id').references(() => escalations.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('forwarded_emails_key').on(t.workspaceId, t.emailKey),
    index('forwarded_emails_message').on(t.workspaceId, t.channel, t.messageTs),
  ],
);

/** Where Frontline can reach a Teams person or channel on its own (digests, reminders, DMs). */
export const conversationReferences = sqliteTable(
  'conversation_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    conversationId: text('conversation_id').notNull(),
    kind: text('kind', { enum: ['personal', 'channel', 'groupChat'] }).notNull(),
    /** For a personal chat: whose it is. */
    personId: integer('person_id').references(() => people.id),
    /** botbuilder's ConversationReference, as the last activity gave it. */
    reference: text('reference', { mode: 'json' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('conversation_references_conversation').on(t.workspaceId, t.conversationId),
    index('conversation_references_person').on(t.personId),
  ],
);

/** Each import of a file, so admins see when people were last brought up to date. */
export const imports = sqliteTable(
  'imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    kind: text('kind', { enum: ['people', 'scores'] }).notNull(),
    /** Rows used, and rows skipped with a problem. */
    rows: integer('rows').notNull(),
    problems: integer('problems').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('imports_workspace_created').on(t.workspaceId, t.createdAt)],
);

export type Workspace = typeof workspaces.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Client = typeof clients.$inferSelect;
export type Kudos = typeof kudos.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type Escalation = typeof escalations.$inferSelect;
export type EscalationEvent = typeof escalationEvents.$inferSelect;
export type ForwardedEmailRow = typeof forwardedEmails.$inferSelect;
export type ConversationReferenceRow = typeof conversationReferences.$inferSelect;

/**
 * A Slack install by OAuth: the whole installation Slack answered (tokens included), sealed
 * with FRONTLINE_ENCRYPTION_KEY. One per workspace, or one per organisation for an org-wide
 * install on Enterprise Grid.
 */
export const slackInstallations = sqliteTable(
  'slack_installations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `T…` for a workspace's install, `E…` for an organisation's. */
    installedIn: text('installed_in').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('slack_installations_installed_in').on(t.installedIn)],
);

/**
 * A client's own measure of the service (`frontline import scores`): an NPS answer (0–10), a
 * CSAT answer (1–5) or a 1–5 rating, on a day, with the client's comment and, when the file
 * names one, the person who served them.
 */
export const clientScores = sqliteTable(
  'client_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    personId: integer('person_id').references(() => people.id),
    scoredOn: integer('scored_on', { mode: 'timestamp_ms' }).notNull(),
    kind: text('kind', { enum: ['nps', 'csat', 'rating'] }).notNull(),
    score: real('score').notNull(),
    comment: text('comment'),
    /** The row as imported: the same row imported twice is stored once. */
    rowKey: text('row_key').notNull(),
    /** The kudos its comment was recorded as, once someone did. */
    kudosRef: text('kudos_ref'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('client_scores_row').on(t.workspaceId, t.rowKey),
    index('client_scores_person').on(t.personId, t.scoredOn),
    index('client_scores_workspace_day').on(t.workspaceId, t.scoredOn),
  ],
);
