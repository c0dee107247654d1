/** The source catalog: every other language must have exactly these keys and placeholders. */
export const en = {
  'kudos.help': [
    '*How to give kudos*',
    '`/kudos @ana @ben thanks for rescuing the renewal #ownership client:"ACME Ltd"`',
    '• name one or more people with @',
    '• the words: what they did, or the client’s own words ({min}–{max} characters)',
    '• `#value` tags name the values shown (optional)',
    '• `client:"Name"` says which client the praise came from (optional)',
    '`/kudos` alone opens a form. `/kudos help` shows this message.',
    'Admins: `/kudos manager @employee @manager` sets who someone reports to.',
  ].join('\n'),
  'kudos.help.settings': [
    '`/kudos announce off` keeps your kudos out of channels (you still get them by DM); `on` undoes it.',
    'Admins: `/kudos channel here` announces all kudos in this channel (`off`: where /kudos is used); `/kudos limit 5` caps kudos a person gives a day (`off`: no cap).',
  ].join('\n'),
  'kudos.help.managers':
    'Managers: `/kudos thanks` lists the praise still waiting for your thanks; `/kudos digest daily|weekly|off` sets your digest. Admins: `/kudos summary here|off|preview|now` and `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'kudos.recorded': 'Kudos recorded for {recipients}. Thank you for noticing!',
  'kudos.recorded.client':
    'Kudos from {client} recorded for {recipients}. Thank you for passing it on!',
  'kudos.announce': '{giver} gave kudos to {recipients}',
  'kudos.announce.client': '{client} praised {recipients} (passed on by {giver})',
  'kudos.dm': '{giver} gave you kudos',
  'kudos.dm.client': '{client} praised you, and {giver} passed it on',
  'kudos.values': 'Values: {values}',
  'kudos.error.noRecipient':
    'Name at least one person with @, for example `/kudos @ana thanks for …`. Type `/kudos help` for more.',
  'kudos.error.unknownPerson':
    'I don’t know who {name} is. Pick the person from the @ suggestions so Slack links their name.',
  'kudos.error.tooMany':
    'That is a lot of people at once: name at most {max}, or give kudos in a few goes.',
  'kudos.error.self': 'Kudos are for someone else: remove yourself from the people named.',
  'kudos.error.bot': '{name} is a bot. Kudos go to people: name a colleague instead.',
  'kudos.error.tooShort':
    'Say a little more about what they did: at least {min} characters (you wrote {length}).',
  'kudos.error.tooLong':
    'That is too long: at most {max} characters (you wrote {length}). Shorten it.',
  'kudos.error.dailyLimit':
    'You have reached today’s limit of {limit} kudos. Try again tomorrow; your words will keep.',
  'kudos.error.clientName': 'Write the client’s name after client:, for example client:"ACME Ltd".',
  'form.kudos.title': 'Give kudos',
  'form.kudos.submit': 'Give kudos',
  'form.kudos.cancel': 'Cancel',
  'form.close': 'Close',
  'form.kudos.recipients': 'Who deserves it?',
  'form.kudos.client': 'Client (optional)',
  'form.kudos.client.placeholder': 'The client who praised them, e.g. ACME Ltd',
  'form.kudos.words': 'The words',
  'form.kudos.words.hint': 'What they did, or the client’s own words.',
  'form.kudos.values': 'Values (optional)',
  'form.kudos.values.hint': 'Separated by commas, e.g. ownership, care',
  'manager.usage': 'Name the employee, then the manager: `/kudos manager @employee @manager`.',
  'manager.notAdmin':
    'Only Frontline admins can change who reports to whom. Ask a workspace admin.',
  'manager.self': 'A person cannot be their own manager. Name two different people.',
  'manager.cycle':
    '{manager} already reports to {employee}, directly or further up; that would make a loop. Check the chain.',
  'manager.set': '{manager} is now {employee}’s manager.',
  'settings.announce.off':
    'Done: your kudos will not be announced in channels. You still get each one by DM.',
  'settings.announce.on': 'Done: your kudos will be announced in channels again.',
  'settings.announce.usage': 'Write `/kudos announce off` or `/kudos announce on`.',
  'settings.channel.here': 'From now on, all kudos are announced in this channel.',
  'settings.channel.off': 'From now on, kudos are announced in the channel where /kudos is used.',
  'settings.channel.usage':
    'Write `/kudos channel here` in the channel to use, or `/kudos channel off`.',
  'settings.limit.set': 'Done. Kudos one person may give a day: {limit}.',
  'settings.limit.off': 'Done: there is no daily limit on kudos.',
  'settings.limit.usage': 'Write a whole number from 1 to {max}, or off, e.g. `/kudos limit 5`.',
  'settings.notAdmin': 'Only Frontline admins can change this. Ask a workspace admin.',
  'error.generic': 'Something went wrong on our side. Please try again in a minute.',
  'shell.welcome':
    'Frontline shell. You are {name}. Type /kudos help, /as NAME to be someone else, /quit to leave.',
  'shell.as': 'You are now {name}.',
  'shell.unknownCommand': 'I understand /kudos, /as NAME and /quit.',
  'shell.channel': '[#{channel}] Frontline',
  'shell.dm': '[DM to {name}] Frontline',
  'shell.onlyYou': '(only you can see this)',
  'shell.formNotAvailable':
    'Forms need Slack or Teams. Here, write it out: /kudos @ana thanks for …',
  // manager digest and thanks
  'digest.title': 'Your Frontline digest',
  'digest.praise.title': 'Praise to thank',
  'digest.praise.client': '{recipient}, praised by {client}',
  'digest.praise.peer': '{recipient}, praised by {giver}',
  'digest.sendThanks': 'Send thanks',
  'digest.more': '… and {count} more. Type `/kudos thanks` to see the rest.',
  'digest.thankTime': 'Your median time to say thank you: {hours} h (last 90 days).',
  'digest.heroes.title': 'Two levels down: this week’s service heroes',
  'digest.heroes.item': '{person} (manager: {manager}), client compliments: {count}',
  'digest.heroes.nudge':
    'A personal note, a call or a visit from you means a lot to them. Reach out this week.',
  'thanks.form.title': 'Send thanks',
  'thanks.form.note': 'Your note',
  'thanks.form.submit': 'Send',
  'thanks.suggested.client':
    'Thank you, {name}! {client} took the time to praise you. That is the care we want every client to feel, and I am proud of you.',
  'thanks.suggested.peer':
    'Thank you, {name}! {giver} noticed what you did, and so did I. Well done.',
  'thanks.dm': '{manager} thanks you personally',
  'thanks.sent': 'Your thanks went to {name}.',
  'thanks.already': '{name} was already thanked for this on {date}.',
  'thanks.notYourReport': 'Only {name}’s managers can send thanks for this kudos.',
  'thanks.notFound': 'That kudos no longer exists.',
  'thanks.noteLength': 'Write a few words of thanks, up to {max} characters.',
  'thanks.list.title': 'Praise still waiting for your thanks',
  'thanks.list.empty': 'Nothing left to thank: every kudos for your people has been thanked.',
  'settings.digest.daily': 'Done: your digest comes every working day at 09:00.',
  'settings.digest.weekly': 'Done: your digest comes every Monday at 09:00.',
  'settings.digest.off': 'Done: no more digests. `/kudos digest daily` brings them back.',
  'settings.digest.usage':
    'Write `/kudos digest daily`, `/kudos digest weekly` or `/kudos digest off`. Admins: `/kudos digest default weekly` sets it for managers who have not chosen.',
  'settings.digest.default': 'Done: managers who have not chosen get the {schedule} digest.',
  'settings.summary.here': 'The weekly summary will be posted in this channel, {when}.',
  'settings.summary.off': 'The weekly summary is switched off.',
  'settings.summary.at': 'The weekly summary is now posted {when}.',
  'settings.summary.usage':
    'Write `/kudos summary here`, `/kudos summary off`, `/kudos summary preview`, `/kudos summary now` or `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'settings.summary.when': 'every {day} at {time} ({timezone})',
  'summary.posted': 'The summary is on its way to the summary channel.',
  'summary.nothing': 'No kudos in the last seven days: there is nothing to summarise yet.',
  'summary.noChannel': 'Choose the summary channel first: `/kudos summary here`.',
  // weekly summary
  'summary.heading': 'Service heroes of the week',
  'summary.period': 'Week: {from} – {to}',
  'summary.heroes': 'Praised most this week',
  'summary.hero': '{person} — client compliments: {client}, kudos from colleagues: {peer}',
  'summary.firstTime': 'Praised by a client for the first time',
  'summary.more': '… and {count} more',
  'summary.totals': 'This week',
  'summary.totals.client': 'Client compliments: {count} · last week: {previous} · change: {change}',
  'summary.totals.peer':
    'Kudos from colleagues: {count} · last week: {previous} · change: {change}',
  'summary.totals.people': 'People recognised: {count}',
  'summary.teams': 'By team',
  'summary.team': '{team}: {count}',
  'summary.values': 'Values recognised most',
  'summary.value': '{value}: {count}',
} as const;

export type MessageKey = keyof typeof en;
