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
    'Admins: `/kudos inbox here|off|all` chooses where forwarded emails are read; `/kudos autorecord 90|off` records sure compliments without a click; `/kudos reactions :clap: report :rotating_light:` sets the reaction emojis.',
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
  'shell.as': 'You are now {name}.',
  'shell.channel': '[#{channel}] Frontline',
  'shell.dm': '[DM to {name}] Frontline',
  'shell.onlyYou': '(only you can see this)',
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
  // escalation
  'escalate.help': [
    '*Report an abusive client, privately*',
    '`/escalate` opens the report form; `/escalate ACME Ltd: what happened` fills it in for you.',
    '`/escalate status` shows your reports, and the ones you handle, with every step taken.',
    'Only you, your managers and the admins ever see a report.',
  ].join('\n'),
  'escalate.form.title': 'Report a client',
  'escalate.form.submit': 'Send privately',
  'escalate.form.client': 'Client',
  'escalate.form.client.placeholder': 'The client account, e.g. ACME Ltd',
  'escalate.form.what': 'What happened',
  'escalate.form.what.hint': 'Only you, your managers and the admins will see this.',
  'escalate.form.words': 'The client’s words, or a link to the message (optional)',
  'escalate.form.severity': 'How serious is it?',
  'escalate.severity.concerning': 'Concerning',
  'escalate.severity.abusive': 'Abusive',
  'escalate.severity.threatening': 'Threatening',
  'escalate.form.keep': 'Do you want to keep serving this client?',
  'escalate.keep.yes': 'Yes, with support',
  'escalate.keep.no': 'No, I would rather not',
  'escalate.error.client': 'Name the client account (up to {max} characters).',
  'escalate.error.what': 'Say what happened in {min} to {max} characters (you wrote {length}).',
  'escalate.error.words':
    'The client’s words can be up to {max} characters; paste a link to the message instead.',
  'escalate.error.severity': 'Choose how serious it is: concerning, abusive or threatening.',
  'escalate.recorded':
    'Your report about {client} is recorded, privately. {handler} has it now. Follow it with `/escalate status`.',
  'escalate.recorded.admins':
    'Your report about {client} is recorded, privately. You have no manager in Frontline yet, so the admins have it. Follow it with `/escalate status`.',
  'escalate.card.title': 'Report about {client}',
  'escalate.card.from': '{reporter} reported {client}. Severity: {severity}.',
  'escalate.card.keep.yes': 'They would like to keep serving this client, with your support.',
  'escalate.card.keep.no': 'They would rather not serve this client any more.',
  'escalate.card.words': 'The client’s words',
  'escalate.card.steps':
    'Please acknowledge first. Then talk to the client or coach; if that fails, take the account over, or stand by your employee openly.',
  'escalate.action.acknowledge': 'Acknowledge',
  'escalate.action.talk': 'Talked / coached',
  'escalate.action.takeOver': 'Take over the account',
  'escalate.action.support': 'Support instead',
  'escalate.action.resolve': 'Resolve',
  'escalate.acknowledged.you': 'Acknowledged. {reporter} has been told you have it.',
  'escalate.acknowledged.reporter': '{handler} has your report about {client} and is on it.',
  'escalate.talk.title': 'What was tried',
  'escalate.talk.note': 'What you tried (a talk with the client, coaching …)',
  'escalate.talk.followUp': 'Follow up on',
  'escalate.talk.done': 'Noted. Frontline will remind you to follow up on {date}.',
  'escalate.tookOver.you': 'The {client} account is yours now. {reporter} has been told.',
  'escalate.tookOver.reporter':
    '{handler} has taken over the {client} account. You no longer serve it.',
  'escalate.tookOver.channel': '{handler} now looks after the {client} account.',
  'escalate.support.title': 'Support instead',
  'escalate.support.note': 'The reason (the employee will not see it)',
  'escalate.support.done':
    'Recorded. After each later report about {client}, Frontline will remind you to thank {reporter}.',
  'escalate.support.reporter':
    '{handler} stands with you: {client} was out of line, and you are thanked after every contact.',
  'escalate.support.reminder':
    'There is a new report about {client}. Thank {reporter} for handling them — you chose to support rather than take over.',
  'escalate.resolve.title': 'Resolve the report',
  'escalate.resolve.outcome': 'Outcome',
  'escalate.outcome.client_apologised': 'The client apologised',
  'escalate.outcome.client_dropped': 'The client was dropped',
  'escalate.outcome.account_taken_over': 'The account was taken over',
  'escalate.outcome.other': 'Other',
  'escalate.resolve.note': 'A note (optional)',
  'escalate.resolved.you': 'Resolved: {outcome}.',
  'escalate.resolved.reporter': 'Your report about {client} is resolved: {outcome}.',
  'escalate.refused.notYours': 'This report is not yours to act on.',
  'escalate.refused.resolved': 'This report is already resolved; nothing was changed.',
  'escalate.refused.notFound': 'That report no longer exists.',
  'escalate.status.none': 'You have no reports, and none to handle.',
  'escalate.status.title': 'Reports you made or handle',
  'escalate.status.line': '#{id} {client}, {severity}, {status}, reported {date}',
  'escalate.status.open': 'waiting to be acknowledged',
  'escalate.status.acknowledged': 'acknowledged',
  'escalate.status.taken_over': 'account taken over',
  'escalate.status.supported': 'supported',
  'escalate.status.resolved': 'resolved',
  'escalate.event': '{date}: {who} — {what}',
  // digest: reports to act on
  'digest.reports.title': 'Reports to act on',
  'digest.reports.item':
    '{overdue}{client} ({severity}), reported by {reporter} on {date}. Next: {next}.',
  'digest.reports.overdue': 'Overdue: ',
  'digest.next.open': 'acknowledge it',
  'digest.next.acknowledged':
    'talk to the client or coach, and take the account over if that fails',
  'digest.next.supported': 'thank them after each contact with this client',
  'digest.next.taken_over': 'resolve it',
  // audit trail
  'escalate.kind.reported': 'reported',
  'escalate.kind.routed': 'routed to',
  'escalate.kind.acknowledged': 'acknowledged',
  'escalate.kind.talked': 'talked to the client / coached',
  'escalate.kind.took_over': 'took the account over',
  'escalate.kind.supported': 'chose to support instead',
  'escalate.kind.resolved': 'resolved',
  'escalate.kind.reminded': 'reminded the manager',
  'escalate.kind.escalated': 'sent it higher',
  'escalate.kind.follow_up_due': 'follow-up due',
  'escalate.kind.check_in_sent': 'check-in sent',
  'escalate.kind.check_in_answered': 'answered the check-in',
  // escalation timers
  'escalate.timer.reminder':
    'Reminder: {reporter}’s report about {client} is still waiting for you to acknowledge it. If it is not acknowledged in time, it goes to the next manager up.',
  'escalate.timer.reminder.admins':
    'Reminder: {reporter}’s report about {client} is still waiting for an admin to acknowledge it.',
  'escalate.timer.late':
    '{handler} did not acknowledge this report in time, so it has come to you.',
  'escalate.timer.reporter':
    'Your report about {client} was not acknowledged in time, so it has gone higher: {handler} has it now.',
  'escalate.timer.reporter.admins':
    'Your report about {client} was not acknowledged in time, so it has gone higher: the admins have it now.',
  'escalate.timer.followUp':
    'It is time to follow up on the report about {client} from {reporter}: how are things now?',
  'escalate.checkIn.question': 'How are things with {client} now?',
  'escalate.checkIn.private':
    'A few days ago you reported this client. Only you, your managers and the admins see your answer; if things are worse, your manager is told.',
  'escalate.checkIn.answer.better': 'Better',
  'escalate.checkIn.answer.same': 'The same',
  'escalate.checkIn.answer.worse': 'Worse',
  'escalate.checkIn.thanks.better': 'Glad to hear it. Thank you for letting us know.',
  'escalate.checkIn.thanks.same':
    'Thank you for letting us know. If anything changes, you can follow your report with `/escalate status`.',
  'escalate.checkIn.thanks.worse':
    'Thank you for telling us. {handler} has been told and will be in touch.',
  'escalate.checkIn.thanks.worse.admins':
    'Thank you for telling us. The admins have been told and will be in touch.',
  'escalate.checkIn.worse.handler':
    '{reporter} says things with {client} have got worse since their report. Please talk to them soon.',
  'escalate.checkIn.notYours': 'Only the person who made this report can answer this check-in.',
  // difficult clients
  'clients.history.title':
    '{client} is a difficult client: {count} reports in the last {days} days, this one included. Earlier reports:',
  'clients.history.line': '{date}: {severity}, {status}; reported by {reporter}',
  'clients.history.resolved': 'resolved: {outcome}',
  'clients.history.colleague': 'a colleague',
  'clients.history.more': '… and {count} earlier reports.',
  'clients.notYours':
    'Note: the {client} account is served by {owner}, not by you. Your report is recorded and sent to your manager all the same, and your manager will check with {owner}.',
  'clients.notYours.admins':
    'Note: the {client} account is served by {owner}, not by you. Your report is recorded all the same, and the admins will check with {owner}.',
  'clients.card.servedBy':
    'The {client} account is served by {owner}, not by {reporter}: please check with {owner} too.',
  'clients.help':
    'Admins: `/escalate client ACME Ltd` shows the account (owner, conduct, value and cost, report counts); add `demanding`, `abusive` or `clear` to mark its conduct, `value 120000 cost 30000` to record what it is worth a year and what serving it costs, or `channel here` in its channel (`channel off` to unlink) so that channel hears of a takeover.',
  'clients.usage':
    'Write `/escalate client ACME Ltd` to see the account, or add `demanding`, `abusive` or `clear`; `value 120000 cost 30000`; `channel here` or `channel off`.',
  'clients.notAdmin':
    'Only Frontline admins can see and change client accounts. To report a client, write `/escalate` or `/escalate ACME Ltd: what happened`.',
  'clients.badNumber':
    '{word} is not a whole number. Write amounts without decimals or dots, e.g. `value 120000 cost 30000`.',
  'clients.unknown':
    'There is no client account called {client}. Check the spelling: an account is created by the first report or kudos that names it.',
  'clients.conduct.set.demanding': '{client} is marked demanding but fair.',
  'clients.conduct.set.abusive': '{client} is marked abusive.',
  'clients.conduct.set.clear': '{client} is no longer marked demanding or abusive.',
  'clients.money.set': 'Recorded for {client}.',
  'clients.channel.here':
    'This channel is now linked to {client}. When a manager takes the account over, it is told only who looks after the account now, never why.',
  'clients.channel.off': '{client} has no linked channel any more.',
  'clients.channel.where':
    'Type `/escalate client {client} channel here` in the account’s own channel, not in a direct message.',
  'clients.card.title': 'Client account: {client}',
  'clients.card.owner': 'Served by: {owner}',
  'clients.card.owner.none': 'Served by: nobody recorded yet',
  'clients.card.conduct': 'Conduct: {conduct}',
  'clients.conduct.demanding': 'demanding but fair',
  'clients.conduct.abusive': 'abusive',
  'clients.conduct.none': 'not marked',
  'clients.card.money':
    'Yearly value: {value} · cost of serving it: {cost} · value minus cost: {margin}',
  'clients.card.notRecorded': 'not recorded',
  'clients.card.reports': 'Reports in the last {days} days: {recent} · all time: {total}',
  'clients.card.difficult': 'A difficult client: {min} or more reports in {days} days.',
  'clients.card.notDifficult': 'Not a difficult client: fewer than {min} reports in {days} days.',
  'clients.card.channel.linked': 'Its channel is linked and will be told of a takeover.',
  'clients.card.channel.none':
    'No channel linked: type `/escalate client {client} channel here` in the account’s channel.',
  // check-in delay
  'escalate.checkIn.days': 'Done: reporters get a private check-in {days} days after a report.',
  'escalate.checkIn.days.usage':
    'Only admins can change this. Write a number of days from 1 to 30: `/escalate checkin 3`.',
  // escalation answers
  'escalate.error.talk':
    'Write what you tried (up to {max} characters) and choose a follow-up date after today.',
  'escalate.error.reason': 'Write the reason (up to {max} characters).',
  'escalate.error.outcome': 'Choose an outcome.',
  'escalate.recorded.nobody':
    'Your report about {client} is recorded, privately, but there is nobody to send it to yet: ask a workspace admin to set your manager with `/kudos manager`.',
  'escalate.toAdmins': 'the admins',
  // forwarded emails and reactions
  'email.problem.empty':
    'I could not read that email: it is empty. Forward the whole email again, with its text.',
  'email.problem.tooLarge':
    'That email is too large for me to read. Paste just the client’s message, or use “Give kudos for this” / “Report abusive client” on it.',
  'email.problem.unreadable':
    'I could not read that email (its format or characters are broken). Forward it again as a normal email, or paste the client’s text.',
  'email.problem.noSender':
    'I could not tell who sent that email: keep the “From:” line when you forward or paste it.',
  'email.problem.notForward':
    'I don’t see a forwarded email here. Forward the client’s email, or paste it with its “From:” line.',
  'email.repeat.recorded': 'This email was already forwarded and recorded as kudos on {date}.',
  'email.repeat.seen': 'This email was already forwarded on {date}; look for my answer there.',
  'email.repeat.recorded.short': 'It is already recorded as kudos.',
  'email.compliment': 'A compliment from {client} for {people}.',
  'email.compliment.record': 'Record kudos for {people} from {client}',
  'email.compliment.not': 'Not a compliment',
  'email.abusive':
    'The email from {client} you forwarded looks abusive. Nobody else sees this message. You don’t have to handle it alone: your manager can step in.',
  'email.abusive.report': 'Report to my manager',
  'email.neither':
    'This email reads as neither a compliment nor abuse. If I got it wrong, choose what it is:',
  'email.neither.record': 'Record kudos',
  'email.gone': 'I can’t find that email any more. Forward it again.',
  'email.notYours':
    'Only the person who forwarded this email, the people it concerns and admins can decide this.',
  'email.kudos.noWords':
    'That email has no words to record. Use “/kudos” to write the kudos yourself.',
  'email.recorded': 'Kudos recorded for {people} from {client} (by {by}).',
  'email.dismissed': 'Understood: nothing was recorded.',
  'email.dismissed.public': '{by} marked this as not a compliment.',
  'reaction.report':
    'You reacted to report this message. Nobody else sees this: report the client to your manager, privately?',
  'email.abusive.noKudos':
    'That email reads as abusive, so its words won’t become kudos. To thank the person who handled it, use `/kudos @name …` in your own words.',
  'reaction.whom':
    'Whom is that kudos for? I can’t tell from the message: use “Give kudos for this” in the message’s menu and choose the people.',
  'reaction.undo':
    'Changed your mind? Remove your reaction within {seconds} seconds to take it back.',
  'settings.inbox.here':
    'Done: I read forwarded emails in this channel. Channels I read: {channels}.',
  'settings.inbox.off': 'Done: I no longer read forwarded emails in this channel.',
  'settings.inbox.all':
    'Done: I read forwarded emails in every channel I am in, and in direct messages.',
  'settings.inbox.usage':
    'Only admins can change this. Type `/kudos inbox here` in a channel to read forwarded emails only in chosen channels, `/kudos inbox off` to stop in this one, `/kudos inbox all` for every channel.',
  'settings.autorecord.set':
    'Done: compliments I am at least {percent}% sure of are recorded as kudos without a click.',
  'settings.autorecord.off': 'Done: I ask before recording a forwarded compliment.',
  'settings.autorecord.usage':
    'Only admins can change this. Write a confidence from 50 to 100 (per cent), or off: `/kudos autorecord 90`.',
  'settings.reactions.set':
    'Done: reacting with {kudos} gives kudos; {report} offers a private report.',
  'settings.reactions.usage':
    'Only admins can change this. Name the kudos emojis, then the report emoji after “report”: `/kudos reactions :clap: :star2: report :rotating_light:`.',
  // Teams: hosting and kudos
  'teams.help.intro':
    'In Teams, write `kudos @Ana thanks for …` in your chat with me, or `@Frontline kudos @Ana …` in a channel. `kudos` alone opens a form.',
  'teams.form.required': 'Please fill this in.',
  // Teams: escalations and message actions
  'teams.escalate.sentPrivately': 'I’ve sent you a private form.',
  'teams.escalate.answeredPrivately': 'I’ve answered you in our personal chat.',
  'teams.messageAction.unknown':
    'Frontline does not know this action. Ask an admin to update the app.',
  // Teams: private answers that had to wait
  'teams.form.open': 'Open the form',
  // forwarded emails: Slack's email integration
  'email.forwarder.unknown':
    'I couldn’t tell who forwarded this email: the address it came from is not anyone I know in this workspace. If you forwarded it, write @Frontline in this thread and I’ll answer you.',
  // help for every command, per platform, and first-hour answers
  'help.more.slack': [
    '*What Frontline does*',
    '• `/kudos @ana thanks for …` passes praise on by name; `/kudos help` has the details.',
    '• `/escalate` reports an abusive client to your manager, privately; `/escalate help` has the details.',
    '• Forward a client’s email into a channel I am in, or to me: I offer to record its praise as kudos or, if it is abusive, to report it privately.',
    '• React to a message with :clap: or :star2: (unless an admin chose other emojis) to give kudos for it, or with :rotating_light: to report its client; “Give kudos for this” and “Report abusive client” are in every message’s menu.',
    '• Managers get a digest of praise to thank and reports to act on; a channel gets the weekly summary of service heroes.',
  ].join('\n'),
  'help.more.teams': [
    '*What Frontline does*',
    '• `/kudos @Ana thanks for …` passes praise on by name; `/kudos help` has the details.',
    '• `/escalate` in our personal chat reports an abusive client to your manager, privately; `/escalate help` has the details.',
    '• Paste a client’s forwarded email in our chat, or send it to me as an .eml file: I offer to record its praise as kudos or, if it is abusive, to report it privately.',
    '• “Give kudos for this” and “Report abusive client” are in every message’s … → More actions menu.',
    '• Managers get a digest of praise to thank and reports to act on; a channel gets the weekly summary of service heroes.',
  ].join('\n'),
  'help.more.shell': [
    '*What Frontline does*',
    '• `/kudos @ana thanks for …` passes praise on by name; `/kudos help` has the details.',
    '• `/escalate status` lists reports and `/escalate client ACME Ltd` shows a client account; `/escalate help` has the details. A report itself is made in your team’s chat, where its form is private.',
    '• `/as NAME` makes you someone else, to see what a colleague or a manager sees; `/quit` leaves.',
    '• Installed in your team’s chat, Frontline also reads forwarded client emails, gives kudos for reactions and sends managers their digests.',
  ].join('\n'),
  'kudos.error.unknownPerson.teams':
    'I don’t know who {name} is. Pick the person from the @ suggestions so Teams links their name.',
  'kudos.error.unknownPerson.shell':
    'I don’t know who {name} is. Here a person is @ and a name of letters, digits, dots, dashes or underscores, e.g. @ana.',
  'thanks.list.noReports':
    'Nobody reports to you in Frontline, so there is no praise for you to thank. An admin sets who reports to whom with `/kudos manager @employee @manager`, or imports it from a CSV file.',
  'summary.preview.notAdmin':
    'Only Frontline admins can preview the weekly summary. Everyone sees it when it is posted in the summary channel; ask an admin if you would like to see it sooner.',
  // Slack unreachable
  'error.slackUnreachable':
    'Frontline cannot reach Slack right now, so this could not be done. Please try again in a few minutes.',
  // Teams: invokes that cannot be read
  'teams.invoke.malformed':
    'Teams sent this action without what it needs. Open the card again and click once more.',
  // home: the wall, the desk, the overview
  'escalate.form.cause': 'What provoked it? (optional)',
  'escalate.cause.product_defect': 'A product defect',
  'escalate.cause.delay': 'A delay',
  'escalate.cause.price': 'The price',
  'escalate.cause.policy': 'A policy of ours',
  'escalate.cause.communication': 'Communication',
  'escalate.cause.other': 'Something else',
  'home.wall.title': 'Praise you received',
  'home.wall.totals': 'This month: {month} · this quarter: {quarter} · this year: {year}',
  'home.wall.trend': 'Last 12 weeks: {trend}',
  'home.wall.empty': 'No praise yet. When a client or a colleague praises you, it appears here.',
  'home.wall.client': '{client} praised you (passed on by {giver}), {date}',
  'home.wall.peer': '{giver} praised you, {date}',
  'home.wall.values': 'Values: {values}',
  'home.wall.thanked': '{manager} thanked you:',
  'home.wall.older': 'Older',
  'home.wall.newest': 'Newest',
  'home.settings.title': 'Your settings',
  'home.settings.announce.on': 'Praise for you is announced in the kudos channel.',
  'home.settings.announce.off': 'Praise for you is not announced in public.',
  'home.settings.announce.stop': 'Stop announcing',
  'home.settings.announce.start': 'Announce my praise',
  'home.settings.digest': 'Your digest: {schedule}',
  'home.digest.daily': 'daily',
  'home.digest.weekly': 'weekly',
  'home.digest.off': 'off',
  'home.digest.default': 'as the workspace decides',
  'home.settings.language': 'Language: {language}',
  'home.reports.title': 'Your open reports',
  'home.reports.item': '#{id} {client}, reported {date}: {status}',
  'home.more': '… and {count} more.',
  'home.desk.title': 'Your desk',
  'home.desk.heroes': 'This week’s heroes in your team',
  'home.desk.hero': '{person}: praised {count} times',
  'home.desk.unrecognised': 'Not recognised for a while (only you see this)',
  'home.desk.unrecognised.never': '{person}: no praise yet',
  'home.desk.unrecognised.days': '{person}: no praise for {days} days',
  'home.desk.unrecognised.nudge':
    'A warm word from you goes a long way: `/kudos @name …` takes a minute.',
  'home.overview.title': 'Workspace overview',
  'home.overview.off': 'off',
  'home.overview.whereGiven': 'where the kudos was given',
  'home.overview.everyChannel': 'every channel Frontline is in',
  'home.overview.report': 'report',
  'home.overview.setting': '{setting}: {value}',
  'home.setting.channel': 'Kudos channel',
  'home.setting.summary': 'Weekly summary',
  'home.setting.inbox': 'Email inboxes',
  'home.setting.reactions': 'Reactions',
  'home.setting.limit': 'Daily limit',
  'home.setting.autorecord': 'Record without a click',
  'home.setting.checkin': 'Check-in after (days)',
  'home.setting.digest': 'Managers’ digest',
  'home.overview.everyoneManaged': 'Everyone has a manager.',
  'home.overview.withoutManager': 'People with no manager ({count}): {people}',
  'home.overview.lastImport': 'Last import: {kind}, {date}, {rows} rows, {problems} with problems',
  'home.overview.noImport':
    'No import yet: `frontline import people FILE.csv` maps people to managers.',
  'home.overview.nothing': 'Nothing yet.',
  'home.overview.kudosByTeam': 'Kudos by team, the last 4 weeks (oldest first)',
  'home.overview.kudosByTeam.line': '{team}: received {received}; given {given}',
  'home.overview.praiseAndReports':
    'Client praise and reports by team, the last {days} days (counts only)',
  'home.overview.praiseAndReports.line': '{team}: {praise} client compliments, {reports} reports',
  'home.overview.difficult': 'Difficult clients, the last {days} days: value against cost',
  'home.overview.difficult.line':
    '{client}: {reports} reports, {compliments} compliments; worth {value} a year, costs {cost} to serve',
  'home.overview.causes': 'What provokes clients: reports by cause, the last {days} days',
  'home.overview.causes.line': '{cause}: {count}',
  'home.cause.unsaid': 'Not said',
  'home.language.set': 'Done: Frontline speaks {language} with you now.',
  'home.setting.form.title': 'Change a setting',
  'home.setting.form.value': '{setting}: the new value',
  'home.setting.form.submit': 'Save',
  'top.title': 'Most praised, the last {days} days ({source})',
  'top.source.clients': 'by clients',
  'top.source.colleagues': 'by colleagues',
  'top.source.all': 'by clients and colleagues',
  'top.none': 'No praise in this period yet.',
  'top.place': '{place}. {people}: {count}',
  'top.usage':
    'Write `/kudos top`, optionally with week, month or quarter and with clients, colleagues or all, e.g. `/kudos top quarter clients`. Rankings count praise only.',
  // client scores
  'scores.record.notYours': 'That score does not name you, so it is not yours to record as kudos.',
  'scores.record.already': 'That comment is recorded as kudos already.',
  'scores.record.notPraise':
    'That comment does not read as praise, so it is not recorded as kudos.',
  'scores.record.button': 'Record as kudos',
  'scores.kind.nps': 'NPS',
  'scores.kind.csat': 'CSAT',
  'scores.kind.rating': 'rating',
  'scores.measure': '{kind} {average} ({count})',
  'scores.team.none': 'No team',
  'home.scores.title': 'What clients scored when you served them',
  'home.scores.line': '{client}: {kind} {score}, {date}',
  'home.overview.scores': 'Client scores by team, the last {days} days (average, answers)',
  'home.overview.scores.line': '{team}: {measures}',
  'summary.scores.title': 'Clients’ own measures, the last 30 days',
  'summary.scores.line': '{client}: {measures}; {compliments} compliments in the same days',
  // shell: a person's language
  'shell.as.locale': 'You are now {name}, and Frontline speaks {language} with you.',
  'shell.locale.unknown':
    'Frontline speaks en, ru, lt and ro: write, for example, /as {name} --locale ro.',
  // the shell as a full adapter
  'shell.welcome':
    'Frontline shell. You are {name}. Type /help to see what you can do, /quit to leave.',
  'shell.unknownCommand': 'I don’t know that command. Type /help for the ones I understand.',
  'shell.help':
    'In the shell you are in #general with Frontline. You can type:\n  /kudos …  give kudos, see help with /kudos help\n  /escalate  report an abusive client (or /escalate Client: what happened); /escalate status, /escalate help\n  /steps N  report N with the steps its manager may take\n  /do N word  a button of message N, as shown under it\n  /react :clap: N, /unreact :clap: N  react to message N in #general\n  /home  your home\n  /tick  run the schedule now: digests, the weekly summary, reminders\n  /as NAME [--locale ro]  be someone else (in their language)\n  /quit  leave\nAnything else is a message in #general: paste a forwarded client email and end it with a line holding only a dot.',
  'shell.dm.waiting': '[DM to {name}] Frontline sent {name} a message: /as {name} reads it.',
  'shell.thread': '[#{channel}, replying to {n}] Frontline',
  'shell.posted': '({n}) [#{channel}] {name} posted this.',
  'shell.reacted': 'Frontline reacted to {n} with :{emoji}:.',
  'shell.form.start': '{title} (answer each question; /cancel to stop)',
  'shell.form.left': 'You left “{title}”: nothing was sent.',
  'shell.form.required': 'This one needs an answer.',
  'shell.form.people': 'Name people with @ and their name, e.g. @ana @ben.',
  'shell.form.choice': 'Type one of the numbers shown.',
  'shell.form.keep': 'Enter keeps: {value}',
  'shell.form.skip': 'Enter skips it.',
  'shell.steps.usage': 'Write the report’s number, e.g. /steps 1.',
  'shell.do.unknown':
    'There is no such button. Type /do, the message’s number and the button’s word, as shown under the message, e.g. /do 3 take-over.',
  'shell.react.usage':
    'Write an emoji and the number of a message in #general, e.g. /react :clap: 3.',
  'shell.react.takenBack': 'Your reaction is taken back, and the kudos it gave with it.',
  'shell.as.usage': 'Write a name of letters, digits, dots, dashes or underscores, e.g. /as ana.',
  'shell.tick': 'The schedule ran now: {digests} digests made.',
  'shell.tick.noSummary':
    'There is no summary channel yet: /kudos summary here makes #general one.',
} as const;

export type MessageKey = keyof typeof en;
