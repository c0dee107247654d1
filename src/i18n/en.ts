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
  'kudos.error.self': 'Kudos are for someone else: remove yourself from the people named.',
  'kudos.error.bot': '{name} is a bot. Kudos go to people: name a colleague instead.',
  'kudos.error.tooShort':
    'Say a little more about what they did: at least {min} characters (you wrote {length}).',
  'kudos.error.tooLong':
    'That is too long: at most {max} characters (you wrote {length}). Shorten it.',
  'kudos.error.dailyLimit':
    'You have reached today’s limit of {limit} kudos. Try again tomorrow; your words will keep.',
  'kudos.error.clientName': 'Write the client’s name after client:, for example client:"ACME Ltd".',
  'kudos.error.failed':
    'Something went wrong on our side and the kudos was not recorded. Please try again in a minute.',
  'form.kudos.title': 'Give kudos',
  'form.kudos.submit': 'Give kudos',
  'form.kudos.cancel': 'Cancel',
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
} as const;

export type MessageKey = keyof typeof en;
