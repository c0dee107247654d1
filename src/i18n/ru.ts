import type { Catalog } from './index';

export const ru: Catalog = {
  'kudos.help': [
    '*Как отправить благодарность*',
    '`/kudos @ana @ben thanks for rescuing the renewal #ownership client:"ACME Ltd"`',
    '• отметьте одного или нескольких человек через @',
    '• текст: что человек сделал или слова самого клиента (количество символов: {min}–{max})',
    '• теги `#value` отмечают ценности (необязательно)',
    '• `client:"Name"` указывает, от какого клиента пришла похвала (необязательно)',
    '`/kudos` без параметров открывает форму. `/kudos help` показывает это сообщение.',
    'Администраторам: `/kudos manager @employee @manager` задаёт, кому подчиняется сотрудник.',
  ].join('\n'),
  'kudos.help.settings': [
    '`/kudos announce off` — ваши благодарности не будут объявляться в каналах (в личных сообщениях вы их по-прежнему получите); `on` — вернуть как было.',
    'Администраторам: `/kudos channel here` — объявлять все благодарности в этом канале (`off` — там, где вызвана /kudos); `/kudos limit 5` — сколько благодарностей человек может отправить за день (`off` — без ограничения).',
    'Администраторы: `/kudos inbox here|off|all` — где читать пересланные письма; `/kudos autorecord 90|off` — записывать явные благодарности без нажатия; `/kudos reactions :clap: report :rotating_light:` — эмодзи реакций.',
  ].join('\n'),
  'kudos.help.managers':
    'Руководителям: `/kudos thanks` — благодарности вашим людям, за которые вы ещё не сказали спасибо; `/kudos digest daily|weekly|off` — как часто приходит сводка. Администраторам: `/kudos summary here|off|preview|now` и `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'kudos.recorded': 'Благодарность для {recipients} сохранена. Спасибо, что заметили!',
  'kudos.recorded.client':
    'Благодарность от {client} для {recipients} сохранена. Спасибо, что передали!',
  'kudos.announce': '{giver} благодарит {recipients}',
  'kudos.announce.client': '{client} хвалит {recipients} (передаёт {giver})',
  'kudos.dm': '{giver} благодарит вас',
  'kudos.dm.client': '{client} хвалит вас, а {giver} передаёт вам эти слова',
  'kudos.values': 'Ценности: {values}',
  'kudos.error.noRecipient':
    'Отметьте хотя бы одного человека через @, например `/kudos @ana thanks for …`. Подробнее: `/kudos help`.',
  'kudos.error.unknownPerson':
    'Я не знаю, кто это — {name}. Выберите человека из подсказок после @, чтобы Slack связал имя с профилем.',
  'kudos.error.tooMany':
    'Слишком много людей сразу: назовите не больше чем {max} или отправьте благодарность в несколько приёмов.',
  'kudos.error.self': 'Благодарность — для других: уберите себя из списка.',
  'kudos.error.bot': '{name} — это бот. Благодарности — для людей: отметьте коллегу.',
  'kudos.error.tooShort':
    'Расскажите чуть подробнее, что сделал человек. Минимум символов: {min}, сейчас: {length}.',
  'kudos.error.tooLong':
    'Слишком длинно. Максимум символов: {max}, сейчас: {length}. Сократите текст.',
  'kudos.error.dailyLimit':
    'Вы достигли дневного лимита благодарностей ({limit}). Попробуйте завтра — ваши слова подождут.',
  'kudos.error.clientName': 'Укажите название клиента после client:, например client:"ACME Ltd".',
  'form.kudos.title': 'Отправить благодарность',
  'form.kudos.submit': 'Отправить',
  'form.kudos.cancel': 'Отмена',
  'form.close': 'Закрыть',
  'form.kudos.recipients': 'Кто это заслужил?',
  'form.kudos.client': 'Клиент (необязательно)',
  'form.kudos.client.placeholder': 'Клиент, который похвалил, например ACME Ltd',
  'form.kudos.words': 'Текст благодарности',
  'form.kudos.words.hint': 'Что сделал человек или слова самого клиента.',
  'form.kudos.values': 'Ценности (необязательно)',
  'form.kudos.values.hint': 'Через запятую, например: ответственность, забота',
  'manager.usage': 'Укажите сотрудника, затем руководителя: `/kudos manager @employee @manager`.',
  'manager.notAdmin':
    'Менять подчинённость могут только администраторы Frontline. Обратитесь к администратору рабочего пространства.',
  'manager.self': 'Человек не может быть руководителем самому себе. Укажите двух разных людей.',
  'manager.cycle':
    '{manager} уже подчиняется {employee} — напрямую или через цепочку. Получится замкнутый круг. Проверьте цепочку подчинения.',
  'manager.set': 'Теперь {manager} — руководитель сотрудника {employee}.',
  'settings.announce.off':
    'Готово: ваши благодарности больше не будут объявляться в каналах. Каждую вы по-прежнему получите в личных сообщениях.',
  'settings.announce.on': 'Готово: ваши благодарности снова будут объявляться в каналах.',
  'settings.announce.usage': 'Напишите `/kudos announce off` или `/kudos announce on`.',
  'settings.channel.here': 'Теперь все благодарности объявляются в этом канале.',
  'settings.channel.off': 'Теперь благодарности объявляются в том канале, где вызвана /kudos.',
  'settings.channel.usage':
    'Напишите `/kudos channel here` в нужном канале или `/kudos channel off`.',
  'settings.limit.set': 'Готово. Лимит благодарностей от одного человека в день: {limit}.',
  'settings.limit.off': 'Готово: дневного лимита благодарностей больше нет.',
  'settings.limit.usage': 'Укажите целое число от 1 до {max} или off, например `/kudos limit 5`.',
  'settings.notAdmin':
    'Это могут изменить только администраторы Frontline. Обратитесь к администратору рабочего пространства.',
  'error.generic': 'У нас что-то пошло не так. Попробуйте ещё раз через минуту.',
  'shell.as': 'Теперь вы — {name}.',
  'shell.channel': '[#{channel}] Frontline',
  'shell.dm': '[ЛС для {name}] Frontline',
  'shell.onlyYou': '(видно только вам)',
  // weekly summary
  'summary.heading': 'Герои сервиса этой недели',
  'summary.period': 'Неделя: {from} – {to}',
  'summary.heroes': 'Больше всего благодарностей за неделю',
  'summary.hero': '{person} — благодарности от клиентов: {client}, от коллег: {peer}',
  'summary.firstTime': 'Впервые получили благодарность от клиента',
  'summary.more': '… и ещё {count}',
  'summary.totals': 'Итоги недели',
  'summary.totals.client':
    'Благодарности от клиентов: {count} · на прошлой неделе: {previous} · изменение: {change}',
  'summary.totals.peer':
    'Благодарности от коллег: {count} · на прошлой неделе: {previous} · изменение: {change}',
  'summary.totals.people': 'Отмеченных сотрудников: {count}',
  'summary.teams': 'По командам',
  'summary.team': '{team}: {count}',
  'summary.values': 'Ценности, которые отмечали чаще всего',
  'summary.value': '{value}: {count}',
  // manager digest and thanks
  'digest.title': 'Ваш дайджест Frontline',
  'digest.praise.title': 'Кому сказать спасибо',
  'digest.praise.client': '{recipient} — похвала от клиента {client}',
  'digest.praise.peer': '{recipient} — благодарность от коллеги {giver}',
  'digest.sendThanks': 'Сказать спасибо',
  'digest.more': '… и ещё {count}. Остальные покажет команда `/kudos thanks`.',
  'digest.thankTime':
    'Сколько обычно проходит до вашего «спасибо» (медиана за последние 90 дней): {hours} ч.',
  'digest.heroes.title': 'На два уровня ниже: герои сервиса этой недели',
  'digest.heroes.item': '{person} (руководитель: {manager}), благодарности от клиентов: {count}',
  'digest.heroes.nudge':
    'Личное сообщение, звонок или встреча с вами очень много значат для этих людей. Найдите для них время на этой неделе.',
  'thanks.form.title': 'Сказать спасибо',
  'thanks.form.note': 'Ваше сообщение',
  'thanks.form.submit': 'Отправить',
  'thanks.suggested.client':
    'Спасибо, {name}! Клиент {client} специально нашёл время, чтобы похвалить. Именно такую заботу должен чувствовать каждый наш клиент. Я горжусь такой работой!',
  'thanks.suggested.peer':
    'Спасибо, {name}! Это заметил(а) {giver}, заметил(а) и я. Отличная работа!',
  'thanks.dm': '{manager} лично говорит вам спасибо',
  'thanks.sent': 'Готово: {name} получит ваше спасибо.',
  'thanks.already': 'Спасибо за это уже отправлено ({date}). Получатель: {name}.',
  'thanks.notYourReport':
    'Сказать спасибо за эту благодарность могут только руководители сотрудника {name}.',
  'thanks.notFound': 'Этой благодарности больше нет.',
  'thanks.noteLength': 'Напишите несколько тёплых слов (максимум символов: {max}).',
  'thanks.list.title': 'Похвала, которая ещё ждёт вашего спасибо',
  'thanks.list.empty':
    'Говорить спасибо пока не за что: за каждую благодарность вашим сотрудникам спасибо уже сказано.',
  'settings.digest.daily': 'Готово: дайджест будет приходить каждый рабочий день в 09:00.',
  'settings.digest.weekly': 'Готово: дайджест будет приходить каждый понедельник в 09:00.',
  'settings.digest.off':
    'Готово: дайджест больше не будет приходить. Вернуть его: `/kudos digest daily`.',
  'settings.digest.usage':
    'Напишите `/kudos digest daily`, `/kudos digest weekly` или `/kudos digest off`. Администраторам: `/kudos digest default weekly` задаёт режим для руководителей, которые не выбрали его сами.',
  'settings.digest.default':
    'Готово. Режим дайджеста для руководителей, которые не выбрали его сами: {schedule}.',
  'settings.summary.here': 'Еженедельная сводка будет публиковаться в этом канале {when}.',
  'settings.summary.off': 'Еженедельная сводка отключена.',
  'settings.summary.at': 'Теперь еженедельная сводка публикуется {when}.',
  'settings.summary.usage':
    'Напишите `/kudos summary here`, `/kudos summary off`, `/kudos summary preview`, `/kudos summary now` или `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'settings.summary.when': 'по расписанию: {day}, {time} ({timezone})',
  'summary.posted': 'Сводка уже отправляется в канал для сводок.',
  'summary.nothing':
    'За последние семь дней благодарностей не было, так что подводить итоги пока рано.',
  'summary.noChannel': 'Сначала выберите канал для сводок: `/kudos summary here`.',
  // escalation
  'escalate.help': [
    '*Конфиденциальное обращение об оскорбительном поведении клиента*',
    '`/escalate` открывает форму обращения; `/escalate ACME Ltd: what happened` заполняет её за вас.',
    '`/escalate status` показывает ваши обращения и те, которыми занимаетесь вы, со всеми предпринятыми шагами.',
    'Обращение доступно только вам, вашим руководителям и администраторам.',
  ].join('\n'),
  'escalate.form.title': 'Сообщить о клиенте',
  'escalate.form.submit': 'Отправить приватно',
  'escalate.form.client': 'Клиент',
  'escalate.form.client.placeholder': 'Название клиента, например ACME Ltd',
  'escalate.form.what': 'Что произошло',
  'escalate.form.what.hint':
    'Эти сведения будут доступны только вам, вашим руководителям и администраторам.',
  'escalate.form.words': 'Слова клиента или ссылка на сообщение (необязательно)',
  'escalate.form.severity': 'Насколько это серьёзно?',
  'escalate.severity.concerning': 'Настораживающее поведение',
  'escalate.severity.abusive': 'Оскорбления',
  'escalate.severity.threatening': 'Угрозы',
  'escalate.form.keep': 'Хотите ли вы и дальше работать с этим клиентом?',
  'escalate.keep.yes': 'Да, но мне нужна поддержка',
  'escalate.keep.no': 'Нет, мне бы не хотелось',
  'escalate.error.client': 'Укажите название клиента (максимум символов: {max}).',
  'escalate.error.what':
    'Опишите, что произошло (количество символов: {min}–{max}, сейчас: {length}).',
  'escalate.error.words':
    'Слова клиента слишком длинные (максимум символов: {max}). Вместо них вставьте ссылку на сообщение.',
  'escalate.error.severity':
    'Выберите, насколько это серьёзно: настораживающее поведение, оскорбления или угрозы.',
  'escalate.recorded':
    'Ваше обращение о клиенте {client} конфиденциально сохранено. Сейчас им занимается {handler}. Следить за ним можно с помощью `/escalate status`.',
  'escalate.recorded.admins':
    'Ваше обращение о клиенте {client} конфиденциально сохранено. В Frontline у вас пока не указан руководитель, поэтому им занимаются администраторы. Следить за ним можно с помощью `/escalate status`.',
  'escalate.card.title': 'Обращение о клиенте {client}',
  'escalate.card.from': '{reporter} сообщает о клиенте {client}. Серьёзность: {severity}.',
  'escalate.card.keep.yes': 'Хочет и дальше работать с этим клиентом — при вашей поддержке.',
  'escalate.card.keep.no': 'Больше не хочет работать с этим клиентом.',
  'escalate.card.words': 'Слова клиента',
  'escalate.card.steps':
    'Сначала, пожалуйста, возьмите обращение в работу. Затем поговорите с клиентом или помогите сотруднику советом; если это не поможет, возьмите клиента на себя или открыто встаньте на сторону сотрудника.',
  'escalate.action.acknowledge': 'Взять в работу',
  'escalate.action.talk': 'Поговорили / дали совет',
  'escalate.action.takeOver': 'Взять клиента на себя',
  'escalate.action.support': 'Поддержать сотрудника',
  'escalate.action.resolve': 'Закрыть обращение',
  'escalate.acknowledged.you': 'Принято. {reporter} теперь знает, что обращением занимаетесь вы.',
  'escalate.acknowledged.reporter': '{handler} уже занимается вашим обращением о клиенте {client}.',
  'escalate.talk.title': 'Что уже сделано',
  'escalate.talk.note': 'Что вы предприняли (разговор с клиентом, советы сотруднику …)',
  'escalate.talk.followUp': 'Когда вернуться к вопросу',
  'escalate.talk.done': 'Записано. Frontline напомнит вам вернуться к вопросу: {date}.',
  'escalate.tookOver.you': 'Теперь клиентом {client} занимаетесь вы. {reporter} уже знает об этом.',
  'escalate.tookOver.reporter':
    'Клиента {client} теперь ведёт {handler}. Вам больше не нужно с ним работать.',
  'escalate.tookOver.channel': 'Клиентом {client} теперь занимается {handler}.',
  'escalate.support.title': 'Поддержать сотрудника',
  'escalate.support.note': 'Почему нельзя взять клиента на себя (сотрудник этого не увидит)',
  'escalate.support.done':
    'Записано. После каждого нового обращения о клиенте {client} Frontline напомнит вам поблагодарить сотрудника ({reporter}).',
  'escalate.support.reporter':
    '{handler} на вашей стороне: клиент {client} перешёл границы, и после каждого общения с ним вас будут благодарить.',
  'escalate.support.reminder':
    'Новое обращение о клиенте {client}. Поблагодарите сотрудника ({reporter}) за работу с этим клиентом: вы решили поддерживать, а не брать клиента на себя.',
  'escalate.resolve.title': 'Закрыть обращение',
  'escalate.resolve.outcome': 'Итог',
  'escalate.outcome.client_apologised': 'Клиент извинился',
  'escalate.outcome.client_dropped': 'Сотрудничество с клиентом прекращено',
  'escalate.outcome.account_taken_over': 'Клиента взяли на себя',
  'escalate.outcome.other': 'Другое',
  'escalate.resolve.note': 'Комментарий (необязательно)',
  'escalate.resolved.you': 'Обращение закрыто: {outcome}.',
  'escalate.resolved.reporter': 'Ваше обращение о клиенте {client} закрыто: {outcome}.',
  'escalate.refused.notYours': 'Это обращение ведёте не вы, поэтому изменить его нельзя.',
  'escalate.refused.resolved': 'Это обращение уже закрыто; ничего не изменилось.',
  'escalate.refused.notFound': 'Этого обращения больше нет.',
  'escalate.status.none': 'У вас нет обращений — ни своих, ни тех, которыми нужно заниматься.',
  'escalate.status.title': 'Ваши обращения и те, которыми вы занимаетесь',
  'escalate.status.line': '#{id} {client}, {severity}, {status}, дата обращения: {date}',
  'escalate.status.open': 'ещё не взято в работу',
  'escalate.status.acknowledged': 'в работе',
  'escalate.status.taken_over': 'клиента взяли на себя',
  'escalate.status.supported': 'сотрудника поддержали',
  'escalate.status.resolved': 'закрыто',
  'escalate.event': '{date}: {who} — {what}',
  // digest: reports to act on
  'digest.reports.title': 'Сообщения, которые ждут ваших действий',
  'digest.reports.item':
    '{overdue}{client} ({severity}), сообщил(а) {reporter}, дата: {date}. Дальше: {next}.',
  'digest.reports.overdue': 'Просрочено: ',
  'digest.next.open': 'подтвердите, что вы в курсе',
  'digest.next.acknowledged':
    'поговорите с клиентом или с сотрудником; если не поможет — возьмите клиента на себя',
  'digest.next.supported': 'благодарите сотрудника после каждого контакта с этим клиентом',
  'digest.next.taken_over': 'закройте сообщение',
  // audit trail
  'escalate.kind.reported': 'сообщил(а)',
  'escalate.kind.routed': 'передано',
  'escalate.kind.acknowledged': 'подтвердил(а)',
  'escalate.kind.talked': 'поговорил(а) с клиентом / с сотрудником',
  'escalate.kind.took_over': 'взял(а) клиента на себя',
  'escalate.kind.supported': 'выбрал(а) поддержку вместо передачи',
  'escalate.kind.resolved': 'закрыто',
  'escalate.kind.reminded': 'напоминание руководителю',
  'escalate.kind.escalated': 'передано выше',
  'escalate.kind.follow_up_due': 'пора вернуться к вопросу',
  'escalate.kind.check_in_sent': 'отправлен вопрос о самочувствии',
  'escalate.kind.check_in_answered': 'ответ на вопрос о самочувствии',
  // escalation timers
  'escalate.timer.reminder':
    'Напоминание: обращение {reporter} о клиенте {client} всё ещё ждёт, когда вы возьмёте его в работу. Если не сделать этого вовремя, оно уйдёт руководителю уровнем выше.',
  'escalate.timer.reminder.admins':
    'Напоминание: обращение {reporter} о клиенте {client} всё ещё ждёт, когда его возьмёт в работу администратор.',
  'escalate.timer.late':
    'Это обращение не было вовремя взято в работу (ответственный: {handler}), поэтому оно передано вам.',
  'escalate.timer.reporter':
    'Ваше обращение о клиенте {client} не взяли в работу вовремя, поэтому оно передано выше: теперь им занимается {handler}.',
  'escalate.timer.reporter.admins':
    'Ваше обращение о клиенте {client} не взяли в работу вовремя, поэтому оно передано выше: теперь им занимаются администраторы.',
  'escalate.timer.followUp':
    'Пора вернуться к обращению {reporter} о клиенте {client}: как обстоят дела сейчас?',
  'escalate.checkIn.question': 'Как сейчас обстоят дела с клиентом {client}?',
  'escalate.checkIn.private':
    'Несколько дней назад вы сообщили об этом клиенте. Ваш ответ видят только вы, ваши руководители и администраторы; если стало хуже, об этом узнает ваш руководитель.',
  'escalate.checkIn.answer.better': 'Лучше',
  'escalate.checkIn.answer.same': 'Так же',
  'escalate.checkIn.answer.worse': 'Хуже',
  'escalate.checkIn.thanks.better': 'Рады это слышать. Спасибо, что рассказали.',
  'escalate.checkIn.thanks.same':
    'Спасибо, что рассказали. Если что-то изменится, следить за обращением можно с помощью `/escalate status`.',
  'escalate.checkIn.thanks.worse':
    'Спасибо, что сказали. {handler} уже знает об этом и свяжется с вами.',
  'escalate.checkIn.thanks.worse.admins':
    'Спасибо, что сказали. Администраторы уже знают об этом и свяжутся с вами.',
  'escalate.checkIn.worse.handler':
    '{reporter} сообщает, что после обращения ситуация с клиентом {client} стала хуже. Пожалуйста, поговорите с сотрудником в ближайшее время.',
  'escalate.checkIn.notYours': 'Ответить на этот вопрос может только автор обращения.',
  // difficult clients
  'clients.history.title':
    'Клиент {client} — трудный: за последние {days} дн. о нём поступило обращений: {count} (включая это). Предыдущие обращения:',
  'clients.history.line': '{date}: {severity}, {status}; автор: {reporter}',
  'clients.history.resolved': 'закрыто: {outcome}',
  'clients.history.colleague': 'коллега',
  'clients.history.more': '… и ещё более ранние обращения: {count}.',
  'clients.notYours':
    'Обратите внимание: клиента {client} ведёт не вы, а {owner}. Ваше обращение всё равно сохранено и передано вашему руководителю, который обсудит ситуацию с тем, кто ведёт этого клиента ({owner}).',
  'clients.notYours.admins':
    'Обратите внимание: клиента {client} ведёт не вы, а {owner}. Ваше обращение всё равно сохранено; администраторы обсудят ситуацию с тем, кто ведёт этого клиента ({owner}).',
  'clients.card.servedBy':
    'Клиента {client} ведёт не {reporter}, а {owner}: пожалуйста, обсудите ситуацию и с тем, кто ведёт клиента.',
  'clients.help':
    'Для администраторов: `/escalate client ACME Ltd` показывает карточку клиента (кто ведёт, поведение, ценность и затраты, число обращений); добавьте `demanding` (требовательный), `abusive` (оскорбляет) или `clear` (снять отметку), чтобы отметить поведение клиента; `value 120000 cost 30000` — чтобы указать годовую ценность клиента и затраты на его обслуживание; `channel here` в канале клиента (`channel off` — отвязать), чтобы этот канал узнал, когда руководитель возьмёт клиента на себя.',
  'clients.usage':
    'Напишите `/escalate client ACME Ltd`, чтобы увидеть карточку клиента, или добавьте `demanding`, `abusive` или `clear`; `value 120000 cost 30000`; `channel here` или `channel off`.',
  'clients.notAdmin':
    'Просматривать и изменять карточки клиентов могут только администраторы Frontline. Чтобы сообщить о клиенте, напишите `/escalate` или `/escalate ACME Ltd: что произошло`.',
  'clients.badNumber':
    '{word} — не целое число. Пишите суммы без дробной части и без точек, например `value 120000 cost 30000`.',
  'clients.unknown':
    'Клиента с названием {client} нет. Проверьте написание: карточка клиента появляется с первым обращением или благодарностью, где он упомянут.',
  'clients.conduct.set.demanding': 'Клиент {client} отмечен как требовательный, но корректный.',
  'clients.conduct.set.abusive': 'Клиент {client} отмечен как оскорбляющий сотрудников.',
  'clients.conduct.set.clear': 'С клиента {client} снята отметка о поведении.',
  'clients.money.set': 'Сохранено для клиента {client}.',
  'clients.channel.here':
    'Этот канал теперь привязан к клиенту {client}. Если руководитель возьмёт клиента на себя, сюда придёт только сообщение о том, кто теперь ведёт клиента, — без причин.',
  'clients.channel.off': 'У клиента {client} больше нет привязанного канала.',
  'clients.channel.where':
    'Напишите `/escalate client {client} channel here` в канале самого клиента, а не в личных сообщениях.',
  'clients.card.title': 'Карточка клиента: {client}',
  'clients.card.owner': 'Ведёт: {owner}',
  'clients.card.owner.none': 'Ведёт: пока никто не указан',
  'clients.card.conduct': 'Поведение: {conduct}',
  'clients.conduct.demanding': 'требовательный, но корректный',
  'clients.conduct.abusive': 'оскорбляет сотрудников',
  'clients.conduct.none': 'не отмечено',
  'clients.card.money':
    'Ценность за год: {value} · затраты на обслуживание: {cost} · разница: {margin}',
  'clients.card.notRecorded': 'не указано',
  'clients.card.reports': 'Обращений за последние {days} дн.: {recent} · за всё время: {total}',
  'clients.card.difficult': 'Трудный клиент: за {days} дн. обращений — {min} или больше.',
  'clients.card.notDifficult': 'Не трудный клиент: за {days} дн. обращений меньше, чем {min}.',
  'clients.card.channel.linked':
    'Канал клиента привязан: в него придёт сообщение, если руководитель возьмёт клиента на себя.',
  'clients.card.channel.none':
    'Канал не привязан: напишите `/escalate client {client} channel here` в канале клиента.',
  // check-in delay
  'escalate.checkIn.days':
    'Готово: через {days} дн. после сообщения автор получит личный вопрос о том, как дела.',
  'escalate.checkIn.days.usage':
    'Это могут изменить только администраторы. Укажите число дней от 1 до 30: `/escalate checkin 3`.',
  // escalation answers
  'escalate.error.talk':
    'Опишите, что вы сделали (не больше {max} символов), и выберите дату повторной проверки позже сегодняшней.',
  'escalate.error.reason': 'Укажите причину (не больше {max} символов).',
  'escalate.error.outcome': 'Выберите итог.',
  'escalate.recorded.nobody':
    'Ваше сообщение о клиенте {client} сохранено, конфиденциально, но отправить его пока некому: попросите администратора указать вашего руководителя командой `/kudos manager`.',
  'escalate.toAdmins': 'администраторам',
  // forwarded emails and reactions
  'email.problem.empty':
    'Не удалось прочитать письмо: оно пустое. Перешлите письмо ещё раз целиком, вместе с текстом.',
  'email.problem.tooLarge':
    'Это письмо слишком большое. Вставьте только сообщение клиента или используйте «Give kudos for this» / «Report abusive client».',
  'email.problem.unreadable':
    'Не удалось прочитать письмо (повреждён формат или кодировка). Перешлите его обычным письмом или вставьте текст клиента.',
  'email.problem.noSender':
    'Не удалось понять, кто отправил письмо: сохраните строку «От:» при пересылке или вставке.',
  'email.problem.notForward':
    'Здесь нет пересланного письма. Перешлите письмо клиента или вставьте его вместе со строкой «От:».',
  'email.repeat.recorded': 'Это письмо уже пересылали, и оно записано как благодарность {date}.',
  'email.repeat.seen': 'Это письмо уже пересылали {date}; мой ответ — там.',
  'email.repeat.recorded.short': 'Это уже записано как благодарность.',
  'email.compliment': 'Благодарность от {client} для {people}.',
  'email.compliment.record': 'Записать благодарность для {people} от {client}',
  'email.compliment.not': 'Это не благодарность',
  'email.abusive':
    'Пересланное вами письмо от {client} выглядит оскорбительным. Это сообщение видите только вы. Вам не нужно справляться в одиночку: руководитель может вмешаться.',
  'email.abusive.report': 'Сообщить руководителю',
  'email.neither':
    'Это письмо не похоже ни на благодарность, ни на оскорбление. Если я ошибся, выберите сами:',
  'email.neither.record': 'Записать благодарность',
  'email.gone': 'Не могу найти это письмо. Перешлите его ещё раз.',
  'email.notYours':
    'Решать это могут только тот, кто переслал письмо, те, кого оно касается, и администраторы.',
  'email.kudos.noWords':
    'В письме нет текста для записи. Напишите благодарность сами через «/kudos».',
  'email.recorded': 'Благодарность для {people} от {client} записана ({by}).',
  'email.dismissed': 'Понятно: ничего не записано.',
  'email.dismissed.public': '{by}: это не благодарность.',
  'reaction.report':
    'Вы отметили это сообщение для жалобы. Это видите только вы: сообщить о клиенте руководителю, конфиденциально?',
  'email.abusive.noKudos':
    'Это письмо выглядит оскорбительным, поэтому его текст не станет благодарностью. Чтобы поблагодарить того, кто с ним справился, напишите `/kudos @имя …` своими словами.',
  'reaction.whom':
    'Кому эта благодарность? По сообщению не понять: выберите «Give kudos for this» в меню сообщения и укажите людей.',
  'reaction.undo': 'Передумали? Уберите реакцию в течение {seconds} секунд, чтобы отменить.',
  'settings.inbox.here': 'Готово: я читаю пересланные письма в этом канале. Каналы: {channels}.',
  'settings.inbox.off': 'Готово: я больше не читаю пересланные письма в этом канале.',
  'settings.inbox.all':
    'Готово: я читаю пересланные письма во всех своих каналах и в личных сообщениях.',
  'settings.inbox.usage':
    'Это могут менять только администраторы. Напишите в канале `/kudos inbox here`, чтобы читать письма только в выбранных каналах, `/kudos inbox off` — чтобы перестать в этом, `/kudos inbox all` — во всех.',
  'settings.autorecord.set':
    'Готово: благодарности, в которых я уверен хотя бы на {percent}%, записываются без нажатия.',
  'settings.autorecord.off': 'Готово: я спрашиваю, прежде чем записать пересланную благодарность.',
  'settings.autorecord.usage':
    'Это могут менять только администраторы. Укажите уверенность от 50 до 100 (процентов) или off: `/kudos autorecord 90`.',
  'settings.reactions.set':
    'Готово: реакция {kudos} — благодарность; {report} — конфиденциальная жалоба.',
  'settings.reactions.usage':
    'Это могут менять только администраторы. Укажите эмодзи благодарности, затем после «report» эмодзи жалобы: `/kudos reactions :clap: :star2: report :rotating_light:`.',
  // Teams: hosting and kudos
  'teams.help.intro':
    'В Teams пишите `kudos @Ana спасибо за …` в личном чате со мной или `@Frontline kudos @Ana …` в канале. Просто `kudos` открывает форму.',
  'teams.form.required': 'Заполните это поле.',
  // Teams: escalations and message actions
  'teams.escalate.sentPrivately': 'Конфиденциальная форма отправлена вам в личный чат.',
  'teams.escalate.answeredPrivately': 'Ответ отправлен вам в личный чат.',
  'teams.messageAction.unknown':
    'Frontline не знает этого действия. Попросите администратора обновить приложение.',
  // Teams: private answers that had to wait
  'teams.form.open': 'Открыть форму',
  // forwarded emails: Slack's email integration
  'email.forwarder.unknown':
    'Не удалось понять, кто переслал это письмо: адрес, с которого оно пришло, не принадлежит никому в этом рабочем пространстве. Если письмо переслали вы, напишите @Frontline в этой ветке, и я отвечу вам.',
  // help for every command, per platform, and first-hour answers
  'help.more.slack': [
    '*Что умеет Frontline*',
    '• `/kudos @ana спасибо за …` передаёт похвалу человеку по имени; подробности — `/kudos help`.',
    '• `/escalate` конфиденциально сообщает вашему руководителю об оскорбительном поведении клиента; подробности — `/escalate help`.',
    '• Перешлите письмо клиента в канал, где я есть, или мне: я предложу записать похвалу как благодарность, а если письмо оскорбительное — конфиденциально сообщить о нём.',
    '• Поставьте на сообщение реакцию :clap: или :star2: (если администратор не выбрал другие), чтобы поблагодарить за него, или :rotating_light:, чтобы сообщить о клиенте; в меню любого сообщения есть «Give kudos for this» и «Report abusive client».',
    '• Руководители получают дайджест: похвалы, за которые стоит сказать спасибо, и обращения, которые ждут их действий; в канал приходит еженедельная сводка героев сервиса.',
  ].join('\n'),
  'help.more.teams': [
    '*Что умеет Frontline*',
    '• `/kudos @Ana спасибо за …` передаёт похвалу человеку по имени; подробности — `/kudos help`.',
    '• `/escalate` в нашем личном чате конфиденциально сообщает вашему руководителю об оскорбительном поведении клиента; подробности — `/escalate help`.',
    '• Вставьте пересланное письмо клиента в наш чат или пришлите его файлом .eml: я предложу записать похвалу как благодарность, а если письмо оскорбительное — конфиденциально сообщить о нём.',
    '• «Give kudos for this» и «Report abusive client» есть в меню любого сообщения: … → Другие действия.',
    '• Руководители получают дайджест: похвалы, за которые стоит сказать спасибо, и обращения, которые ждут их действий; в канал приходит еженедельная сводка героев сервиса.',
  ].join('\n'),
  'help.more.shell': [
    '*Что умеет Frontline*',
    '• `/kudos @ana спасибо за …` передаёт похвалу человеку по имени; подробности — `/kudos help`.',
    '• `/escalate status` показывает обращения, `/escalate client ACME Ltd` — карточку клиента; подробности — `/escalate help`. Само обращение создаётся в чате вашей команды, где его форма видна только вам.',
    '• `/as NAME` делает вас другим человеком, чтобы увидеть то, что видит коллега или руководитель; `/quit` — выход.',
    '• Установленный в чате вашей команды, Frontline ещё читает пересланные письма клиентов, благодарит за реакции и присылает руководителям дайджесты.',
  ].join('\n'),
  'kudos.error.unknownPerson.teams':
    'Я не знаю, кто это — {name}. Выберите человека из подсказок после @, чтобы Teams связал имя с профилем.',
  'kudos.error.unknownPerson.shell':
    'Я не знаю, кто это — {name}. Здесь человек — это @ и имя из букв, цифр, точек, дефисов или подчёркиваний, например @ana.',
  'thanks.list.noReports':
    'В Frontline у вас нет подчинённых, поэтому благодарить пока не за что. Кто кому подчиняется, задаёт администратор командой `/kudos manager @employee @manager` или импортом из CSV-файла.',
  'summary.preview.notAdmin':
    'Заранее посмотреть еженедельную сводку могут только администраторы Frontline. Все увидят её, когда она появится в канале сводки; если хотите раньше, обратитесь к администратору.',
  // Slack unreachable
  'error.slackUnreachable':
    'Frontline сейчас не может связаться со Slack, поэтому это не удалось сделать. Попробуйте ещё раз через несколько минут.',
  // Teams: invokes that cannot be read
  'teams.invoke.malformed':
    'Teams прислал это действие без нужных данных. Откройте карточку заново и нажмите ещё раз.',
  // home: the wall, the desk, the overview
  'escalate.form.cause': 'Что это спровоцировало? (необязательно)',
  'escalate.cause.product_defect': 'Дефект продукта',
  'escalate.cause.delay': 'Задержка',
  'escalate.cause.price': 'Цена',
  'escalate.cause.policy': 'Наши правила',
  'escalate.cause.communication': 'Общение',
  'escalate.cause.other': 'Другое',
  'home.wall.title': 'Похвала, которую вы получили',
  'home.wall.totals': 'В этом месяце: {month} · в этом квартале: {quarter} · в этом году: {year}',
  'home.wall.trend': 'Последние 12 недель: {trend}',
  'home.wall.empty': 'Похвалы пока нет. Когда вас похвалит клиент или коллега, она появится здесь.',
  'home.wall.client': '{client} похвалил(а) вас (передал(а) {giver}), {date}',
  'home.wall.peer': '{giver} похвалил(а) вас, {date}',
  'home.wall.values': 'Ценности: {values}',
  'home.wall.thanked': '{manager} поблагодарил(а) вас:',
  'home.wall.older': 'Раньше',
  'home.wall.newest': 'Самые новые',
  'home.settings.title': 'Ваши настройки',
  'home.settings.announce.on': 'Похвала вам объявляется в канале благодарностей.',
  'home.settings.announce.off': 'Похвала вам публично не объявляется.',
  'home.settings.announce.stop': 'Не объявлять',
  'home.settings.announce.start': 'Объявлять мою похвалу',
  'home.settings.digest': 'Ваша сводка: {schedule}',
  'home.digest.daily': 'ежедневно',
  'home.digest.weekly': 'еженедельно',
  'home.digest.off': 'выключена',
  'home.digest.default': 'как решено для рабочего пространства',
  'home.settings.language': 'Язык: {language}',
  'home.reports.title': 'Ваши открытые жалобы',
  'home.reports.item': '#{id} {client}, подана {date}: {status}',
  'home.more': '… и ещё {count}.',
  'home.desk.title': 'Ваш стол',
  'home.desk.heroes': 'Герои недели в вашей команде',
  'home.desk.hero': '{person}: похвалили {count} раз(а)',
  'home.desk.unrecognised': 'Давно без признания (это видите только вы)',
  'home.desk.unrecognised.never': '{person}: пока ни одной похвалы',
  'home.desk.unrecognised.days': '{person}: без похвалы {days} дн.',
  'home.desk.unrecognised.nudge':
    'Тёплое слово от вас много значит: `/kudos @имя …` займёт минуту.',
  'home.overview.title': 'Обзор рабочего пространства',
  'home.overview.off': 'выключено',
  'home.overview.whereGiven': 'там, где дана благодарность',
  'home.overview.everyChannel': 'все каналы, где есть Frontline',
  'home.overview.report': 'жалоба',
  'home.overview.setting': '{setting}: {value}',
  'home.setting.channel': 'Канал благодарностей',
  'home.setting.summary': 'Недельная сводка',
  'home.setting.inbox': 'Каналы для писем',
  'home.setting.reactions': 'Реакции',
  'home.setting.limit': 'Дневной лимит',
  'home.setting.autorecord': 'Запись без клика',
  'home.setting.checkin': 'Проверка через (дней)',
  'home.setting.digest': 'Сводка руководителей',
  'home.overview.everyoneManaged': 'У каждого есть руководитель.',
  'home.overview.withoutManager': 'Люди без руководителя ({count}): {people}',
  'home.overview.lastImport':
    'Последний импорт: {kind}, {date}, строк: {rows}, с ошибками: {problems}',
  'home.overview.noImport':
    'Импорта ещё не было: `frontline import people FILE.csv` назначит руководителей.',
  'home.overview.nothing': 'Пока ничего.',
  'home.overview.kudosByTeam': 'Благодарности по командам за 4 недели (сначала старые)',
  'home.overview.kudosByTeam.line': '{team}: получено {received}; дано {given}',
  'home.overview.praiseAndReports':
    'Похвала клиентов и жалобы по командам за {days} дней (только числа)',
  'home.overview.praiseAndReports.line': '{team}: похвал клиентов {praise}, жалоб {reports}',
  'home.overview.difficult': 'Трудные клиенты за {days} дней: ценность против затрат',
  'home.overview.difficult.line':
    '{client}: жалоб {reports}, похвал {compliments}; приносит {value} в год, обслуживание стоит {cost}',
  'home.overview.causes': 'Что провоцирует клиентов: жалобы по причинам за {days} дней',
  'home.overview.causes.line': '{cause}: {count}',
  'home.cause.unsaid': 'Не указано',
  'home.language.set': 'Готово: теперь Frontline говорит с вами на языке {language}.',
  'home.setting.form.title': 'Изменить настройку',
  'home.setting.form.value': '{setting}: новое значение',
  'home.setting.form.submit': 'Сохранить',
  'top.title': 'Больше всего похвал за последние {days} дн. ({source})',
  'top.source.clients': 'от клиентов',
  'top.source.colleagues': 'от коллег',
  'top.source.all': 'от клиентов и коллег',
  'top.none': 'За этот период похвал пока нет.',
  'top.place': '{place}. {people}: {count}',
  'top.usage':
    'Напишите `/kudos top`, при желании с week, month или quarter и с clients, colleagues или all, например `/kudos top quarter clients`. Рейтинги считают только похвалу.',
  // client scores
  'scores.record.notYours':
    'Эта оценка не называет вас, поэтому записать её как благодарность можете не вы.',
  'scores.record.already': 'Этот комментарий уже записан как благодарность.',
  'scores.record.notPraise':
    'Этот комментарий не похож на похвалу, поэтому он не записан как благодарность.',
  'scores.record.button': 'Записать как благодарность',
  'scores.kind.nps': 'NPS',
  'scores.kind.csat': 'CSAT',
  'scores.kind.rating': 'оценка',
  'scores.measure': '{kind} {average} ({count})',
  'scores.team.none': 'Без команды',
  'home.scores.title': 'Как клиенты оценили вашу работу',
  'home.scores.line': '{client}: {kind} {score}, {date}',
  'home.overview.scores': 'Оценки клиентов по командам за последние {days} дней (среднее, ответов)',
  'home.overview.scores.line': '{team}: {measures}',
  'summary.scores.title': 'Оценки самих клиентов за последние 30 дней',
  'summary.scores.line': '{client}: {measures}; похвал за те же дни: {compliments}',
  // shell: a person's language
  'shell.as.locale': 'Теперь вы — {name}, и Frontline говорит с вами на языке: {language}.',
  'shell.locale.unknown':
    'Frontline говорит на en, ru, lt и ro: напишите, например, /as {name} --locale ru.',
  // the shell as a full adapter
  'shell.welcome':
    'Консоль Frontline. Вы — {name}. Наберите /help, чтобы увидеть, что можно сделать, /quit — чтобы выйти.',
  'shell.unknownCommand':
    'Я не знаю такой команды. Наберите /help, чтобы увидеть те, что я понимаю.',
  'shell.help':
    'В консоли вы в канале #general вместе с Frontline. Можно набрать:\n  /kudos …  поблагодарить, справка — /kudos help\n  /escalate  сообщить о грубом клиенте (или /escalate Клиент: что случилось); /escalate status, /escalate help\n  /steps N  сообщение N и шаги, которые может сделать руководитель\n  /do N слово  кнопка сообщения N, как показано под ним\n  /react :clap: N, /unreact :clap: N  реакция на сообщение N в #general\n  /home  ваша домашняя страница\n  /tick  выполнить расписание сейчас: сводки, недельный итог, напоминания\n  /as ИМЯ [--locale ro]  стать другим человеком (на его языке)\n  /quit  выйти\nВсё остальное — сообщение в #general: вставьте пересланное письмо клиента и закончите строкой с одной точкой.',
  'shell.dm.waiting': '[ЛС для {name}] Frontline написал {name}: прочитать — /as {name}.',
  'shell.thread': '[#{channel}, ответ на {n}] Frontline',
  'shell.posted': '({n}) [#{channel}] {name} написал(а) это.',
  'shell.reacted': 'Frontline отреагировал на {n}: :{emoji}:.',
  'shell.form.start': '{title} (ответьте на каждый вопрос; /cancel — отменить)',
  'shell.form.left': 'Вы вышли из «{title}»: ничего не отправлено.',
  'shell.form.required': 'Здесь нужен ответ.',
  'shell.form.people': 'Называйте людей через @ и имя, например @ana @ben.',
  'shell.form.choice': 'Наберите один из показанных номеров.',
  'shell.form.keep': 'Enter оставит: {value}',
  'shell.form.skip': 'Enter — пропустить.',
  'shell.steps.usage': 'Напишите номер сообщения о клиенте, например /steps 1.',
  'shell.do.unknown':
    'Такой кнопки нет. Наберите /do, номер сообщения и слово кнопки, как показано под сообщением, например /do 3 take-over.',
  'shell.react.usage': 'Напишите эмодзи и номер сообщения в #general, например /react :clap: 3.',
  'shell.react.takenBack': 'Ваша реакция снята, и благодарность, которую она дала, тоже.',
  'shell.as.usage':
    'Напишите имя из букв, цифр, точек, дефисов или подчёркиваний, например /as ana.',
  'shell.tick': 'Расписание выполнено сейчас: сводок подготовлено — {digests}.',
  'shell.tick.noSummary': 'Канала для итогов пока нет: /kudos summary here сделает им #general.',
};
