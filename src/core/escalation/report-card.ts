import type { Client, Escalation, Person } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import { historyParts, type ClientHistory } from '../clients';
import { tInline, text, type MessageModel, type Part } from '../shared';
import { mentionOf } from '../people';

/** The buttons on a report, in the order the practice asks for. */
export const ESCALATION_ACTIONS = {
  acknowledge: 'escalation-acknowledge',
  talk: 'escalation-talk',
  takeOver: 'escalation-take-over',
  support: 'escalation-support',
  resolve: 'escalation-resolve',
} as const;

/**
 * What the manager gets: the report, the client's words, and the steps as buttons; on a
 * difficult client, its history as this manager may see it; on an account someone else
 * serves, who that is.
 */
export function reportCard(
  locale: Locale,
  escalation: Escalation,
  reporter: Person,
  client: Client,
  history?: ClientHistory,
  servedBy?: Person,
): MessageModel {
  const parts: Part[] = [
    { type: 'heading', text: t(locale, 'escalate.card.title', { client: client.name }) },
    text(
      ...tInline(locale, 'escalate.card.from', {
        reporter: [{ mention: mentionOf(reporter) }],
        client: [{ bold: client.name }],
        severity: t(locale, `escalate.severity.${escalation.severity}`),
      }),
    ),
    { type: 'quote', text: escalation.whatHappened },
  ];
  if (escalation.clientWords) {
    parts.push(text({ bold: t(locale, 'escalate.card.words') }), {
      type: 'quote',
      text: escalation.clientWords,
    });
  }
  if (escalation.wantsToKeepAccount !== null) {
    parts.push(
      text(
        t(
          locale,
          escalation.wantsToKeepAccount ? 'escalate.card.keep.yes' : 'escalate.card.keep.no',
        ),
      ),
    );
  }
  if (servedBy) {
    parts.push(
      text(
        ...tInline(locale, 'clients.card.servedBy', {
          client: [{ bold: client.name }],
          owner: [{ mention: mentionOf(servedBy) }],
          reporter: [{ mention: mentionOf(reporter) }],
        }),
      ),
    );
  }
  if (history) parts.push(...historyParts(locale, client, history));
  parts.push(...stepButtons(locale, escalation));
  return { parts };
}

/** The manager's steps, as buttons carrying the report's id. */
function stepButtons(locale: Locale, escalation: Escalation): Part[] {
  const steps = Object.keys(ESCALATION_ACTIONS) as (keyof typeof ESCALATION_ACTIONS)[];
  return [
    { type: 'context', content: [t(locale, 'escalate.card.steps')] },
    {
      type: 'buttons',
      buttons: steps.map((step) => ({
        action: ESCALATION_ACTIONS[step],
        label: t(locale, `escalate.action.${step}`),
        value: String(escalation.id),
        primary: step === 'acknowledge',
      })),
    },
  ];
}
