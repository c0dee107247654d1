import type { Catalog } from './index';

export const lt: Catalog = {
  'kudos.help': [
    '*Kaip išreikšti padėką*',
    '`/kudos @ana @ben thanks for rescuing the renewal #ownership client:"ACME Ltd"`',
    '• paminėkite vieną ar kelis žmones su @',
    '• tekstas: ką žmogus padarė, arba paties kliento žodžiai (simbolių: {min}–{max})',
    '• žymos `#value` nurodo rodomas vertybes (nebūtina)',
    '• `client:"Name"` nurodo, iš kurio kliento gautas pagyrimas (nebūtina)',
    'Vien `/kudos` atidaro formą. `/kudos help` parodo šį pranešimą.',
    'Administratoriams: `/kudos manager @employee @manager` nustato, kam žmogus pavaldus.',
  ].join('\n'),
  'kudos.help.settings': [
    '`/kudos announce off` – jūsų padėkos nebus skelbiamos kanaluose (asmeninėse žinutėse jas vis tiek gausite); `on` – atšaukti.',
    'Administratoriams: `/kudos channel here` – visas padėkas skelbti šiame kanale (`off` – ten, kur naudojama /kudos); `/kudos limit 5` – kiek padėkų vienas žmogus gali išreikšti per dieną (`off` – be ribos).',
    'Administratoriai: `/kudos inbox here|off|all` – kur skaityti persiųstus laiškus; `/kudos autorecord 90|off` – aiškias padėkas įrašyti be paspaudimo; `/kudos reactions :clap: report :rotating_light:` – reakcijų jaustukai.',
  ].join('\n'),
  'kudos.help.managers':
    'Vadovams: `/kudos thanks` – padėkos jūsų žmonėms, už kurias dar nepadėkojote; `/kudos digest daily|weekly|off` – kaip dažnai gaunate suvestinę. Administratoriams: `/kudos summary here|off|preview|now` ir `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'kudos.recorded': 'Padėka išsaugota ({recipients}). Ačiū, kad pastebėjote!',
  'kudos.recorded.client': 'Kliento {client} padėka išsaugota ({recipients}). Ačiū, kad perdavėte!',
  'kudos.announce': '{giver} dėkoja: {recipients}',
  'kudos.announce.client': 'Klientas {client} giria: {recipients} (perdavė {giver})',
  'kudos.dm': '{giver} jums dėkoja',
  'kudos.dm.client': 'Klientas {client} jus pagyrė, o {giver} tai perdavė',
  'kudos.values': 'Vertybės: {values}',
  'kudos.error.noRecipient':
    'Paminėkite bent vieną žmogų su @, pavyzdžiui, `/kudos @ana thanks for …`. Daugiau informacijos: `/kudos help`.',
  'kudos.error.unknownPerson':
    'Nežinau, kas yra {name}. Pasirinkite žmogų iš @ pasiūlymų, kad Slack susietų vardą su profiliu.',
  'kudos.error.tooMany':
    'Per daug žmonių iš karto: nurodykite ne daugiau kaip {max} arba išreikškite padėką keliais kartais.',
  'kudos.error.self': 'Padėka skirta kitiems: pašalinkite save iš paminėtų žmonių.',
  'kudos.error.bot': '{name} yra botas. Padėkos skirtos žmonėms: paminėkite kolegą.',
  'kudos.error.tooShort':
    'Parašykite šiek tiek daugiau apie tai, ką žmogus padarė. Mažiausiai simbolių: {min}, dabar: {length}.',
  'kudos.error.tooLong':
    'Tekstas per ilgas. Daugiausia simbolių: {max}, dabar: {length}. Sutrumpinkite.',
  'kudos.error.dailyLimit':
    'Pasiekėte dienos padėkų limitą ({limit}). Pabandykite rytoj – jūsų žodžiai palauks.',
  'kudos.error.clientName':
    'Po client: parašykite kliento pavadinimą, pavyzdžiui, client:"ACME Ltd".',
  'form.kudos.title': 'Išreikšti padėką',
  'form.kudos.submit': 'Siųsti',
  'form.kudos.cancel': 'Atšaukti',
  'form.close': 'Uždaryti',
  'form.kudos.recipients': 'Kas to nusipelnė?',
  'form.kudos.client': 'Klientas (nebūtina)',
  'form.kudos.client.placeholder': 'Pagyrusio kliento pavadinimas, pvz., ACME Ltd',
  'form.kudos.words': 'Padėkos tekstas',
  'form.kudos.words.hint': 'Ką žmogus padarė, arba paties kliento žodžiai.',
  'form.kudos.values': 'Vertybės (nebūtina)',
  'form.kudos.values.hint': 'Atskirkite kableliais, pvz., atsakomybė, rūpestis',
  'manager.usage': 'Nurodykite darbuotoją, tada vadovą: `/kudos manager @employee @manager`.',
  'manager.notAdmin':
    'Keisti pavaldumą gali tik Frontline administratoriai. Kreipkitės į darbo srities administratorių.',
  'manager.self': 'Žmogus negali būti pats sau vadovas. Nurodykite du skirtingus žmones.',
  'manager.cycle':
    'Taip susidarytų uždaras ratas: {manager} jau atsiskaito asmeniui {employee} (tiesiogiai ar per kitus). Patikrinkite pavaldumo grandinę.',
  'manager.set': 'Išsaugota: {employee} dabar atsiskaito asmeniui {manager}.',
  'settings.announce.off':
    'Atlikta: jūsų padėkos nebus skelbiamos kanaluose. Kiekvieną jų vis tiek gausite asmenine žinute.',
  'settings.announce.on': 'Atlikta: jūsų padėkos vėl bus skelbiamos kanaluose.',
  'settings.announce.usage': 'Parašykite `/kudos announce off` arba `/kudos announce on`.',
  'settings.channel.here': 'Nuo šiol visos padėkos skelbiamos šiame kanale.',
  'settings.channel.off': 'Nuo šiol padėkos skelbiamos tame kanale, kuriame naudojama /kudos.',
  'settings.channel.usage':
    'Parašykite `/kudos channel here` norimame kanale arba `/kudos channel off`.',
  'settings.limit.set':
    'Atlikta. Padėkų, kurias vienas žmogus gali išreikšti per dieną, riba: {limit}.',
  'settings.limit.off': 'Atlikta: dienos padėkų ribos nebėra.',
  'settings.limit.usage':
    'Parašykite sveikąjį skaičių nuo 1 iki {max} arba off, pvz., `/kudos limit 5`.',
  'settings.notAdmin':
    'Tai pakeisti gali tik Frontline administratoriai. Kreipkitės į darbo srities administratorių.',
  'error.generic': 'Mūsų sistemoje įvyko klaida. Pabandykite dar kartą po minutės.',
  'shell.as': 'Dabar jūs esate {name}.',
  'shell.channel': '[#{channel}] Frontline',
  'shell.dm': '[Asmeninė žinutė: {name}] Frontline',
  'shell.onlyYou': '(matote tik jūs)',
  // weekly summary
  'summary.heading': 'Savaitės aptarnavimo herojai',
  'summary.period': 'Savaitė: {from} – {to}',
  'summary.heroes': 'Daugiausia padėkų šią savaitę',
  'summary.hero': '{person} — klientų padėkos: {client}, kolegų padėkos: {peer}',
  'summary.firstTime': 'Pirmą kartą sulaukė kliento padėkos',
  'summary.more': '… ir dar {count}',
  'summary.totals': 'Savaitės suvestinė',
  'summary.totals.client':
    'Klientų padėkos: {count} · praėjusią savaitę: {previous} · pokytis: {change}',
  'summary.totals.peer':
    'Kolegų padėkos: {count} · praėjusią savaitę: {previous} · pokytis: {change}',
  'summary.totals.people': 'Padėkas gavę darbuotojai: {count}',
  'summary.teams': 'Pagal komandas',
  'summary.team': '{team}: {count}',
  'summary.values': 'Dažniausiai minėtos vertybės',
  'summary.value': '{value}: {count}',
  // manager digest and thanks
  'digest.title': 'Jūsų Frontline santrauka',
  'digest.praise.title': 'Pagyrimai, už kuriuos verta padėkoti',
  'digest.praise.client': '{recipient} – pagyrė klientas {client}',
  'digest.praise.peer': '{recipient} – pagyrė {giver}',
  'digest.sendThanks': 'Padėkoti',
  'digest.more': '… ir dar {count}. Visą sąrašą pamatysite parašę `/kudos thanks`.',
  'digest.thankTime':
    'Per kiek laiko paprastai padėkojate (pastarųjų 90 dienų mediana): {hours} val.',
  'digest.heroes.title': 'Dviem lygiais žemiau: šios savaitės aptarnavimo herojai',
  'digest.heroes.item': '{person} (vadovas: {manager}), klientų padėkos: {count}',
  'digest.heroes.nudge':
    'Jūsų asmeninė žinutė, skambutis ar apsilankymas jiems labai daug reiškia. Susisiekite su jais šią savaitę.',
  'thanks.form.title': 'Padėkoti',
  'thanks.form.note': 'Jūsų žinutė',
  'thanks.form.submit': 'Siųsti',
  'thanks.suggested.client':
    'Ačiū, {name}! Klientas {client} rado laiko pagirti. Būtent tokį rūpestį turėtų jausti kiekvienas mūsų klientas. Didžiuojuosi tokiu darbu!',
  'thanks.suggested.peer': 'Ačiū, {name}! Tai pastebėjo {giver}, pastebėjau ir aš. Puikus darbas!',
  'thanks.dm': '{manager} asmeniškai jums dėkoja',
  'thanks.sent': 'Jūsų padėka išsiųsta: {name}.',
  'thanks.already': 'Už tai {name} jau gavo padėką ({date}).',
  'thanks.notYourReport': 'Už šį pagyrimą padėkoti gali tik darbuotojo {name} vadovai.',
  'thanks.notFound': 'Šios padėkos nebėra.',
  'thanks.noteLength': 'Parašykite kelis šiltus žodžius (daugiausia simbolių: {max}).',
  'thanks.list.title': 'Pagyrimai, kurie dar laukia jūsų padėkos',
  'thanks.list.empty':
    'Nebeliko, už ką dėkoti: už visus jūsų darbuotojams skirtus pagyrimus jau padėkota.',
  'settings.digest.daily': 'Atlikta: santrauką gausite kiekvieną darbo dieną 09:00.',
  'settings.digest.weekly': 'Atlikta: santrauką gausite kiekvieną pirmadienį 09:00.',
  'settings.digest.off': 'Atlikta: santraukų nebegausite. `/kudos digest daily` jas grąžins.',
  'settings.digest.usage':
    'Parašykite `/kudos digest daily`, `/kudos digest weekly` arba `/kudos digest off`. Administratoriams: `/kudos digest default weekly` nustato režimą vadovams, kurie jo nepasirinko patys.',
  'settings.digest.default':
    'Atlikta. Santraukos režimas vadovams, kurie jo nepasirinko patys: {schedule}.',
  'settings.summary.here': 'Savaitės suvestinė bus skelbiama šiame kanale {when}.',
  'settings.summary.off': 'Savaitės suvestinė išjungta.',
  'settings.summary.at': 'Nuo šiol savaitės suvestinė skelbiama {when}.',
  'settings.summary.usage':
    'Parašykite `/kudos summary here`, `/kudos summary off`, `/kudos summary preview`, `/kudos summary now` arba `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'settings.summary.when': 'pagal tvarkaraštį: {day}, {time} ({timezone})',
  'summary.posted': 'Suvestinė jau siunčiama į suvestinių kanalą.',
  'summary.nothing':
    'Per pastarąsias septynias dienas padėkų nebuvo, todėl kol kas nėra ko apibendrinti.',
  'summary.noChannel': 'Pirmiausia pasirinkite suvestinių kanalą: `/kudos summary here`.',
  // escalation
  'escalate.help': [
    '*Konfidencialiai praneškite apie įžeidžiai besielgiantį klientą*',
    '`/escalate` atidaro pranešimo formą; `/escalate ACME Ltd: what happened` ją užpildo už jus.',
    '`/escalate status` parodo jūsų pranešimus ir tuos, kuriuos tvarkote, su visais atliktais veiksmais.',
    'Pranešimas matomas tik jums, jūsų vadovams ir administratoriams.',
  ].join('\n'),
  'escalate.form.title': 'Pranešti apie klientą',
  'escalate.form.submit': 'Siųsti konfidencialiai',
  'escalate.form.client': 'Klientas',
  'escalate.form.client.placeholder': 'Kliento pavadinimas, pvz., ACME Ltd',
  'escalate.form.what': 'Kas nutiko',
  'escalate.form.what.hint': 'Tai bus matoma tik jums, jūsų vadovams ir administratoriams.',
  'escalate.form.words': 'Kliento žodžiai arba nuoroda į žinutę (nebūtina)',
  'escalate.form.severity': 'Kiek tai rimta?',
  'escalate.severity.concerning': 'Nerimą keliantis elgesys',
  'escalate.severity.abusive': 'Įžeidinėjimai',
  'escalate.severity.threatening': 'Grasinimai',
  'escalate.form.keep': 'Ar norite ir toliau aptarnauti šį klientą?',
  'escalate.keep.yes': 'Taip, bet man reikia palaikymo',
  'escalate.keep.no': 'Ne, verčiau ne',
  'escalate.error.client': 'Nurodykite kliento pavadinimą (daugiausia simbolių: {max}).',
  'escalate.error.what': 'Aprašykite, kas nutiko (simbolių: {min}–{max}, dabar: {length}).',
  'escalate.error.words':
    'Kliento žodžiai per ilgi (daugiausia simbolių: {max}). Verčiau įklijuokite nuorodą į žinutę.',
  'escalate.error.severity':
    'Pasirinkite, kiek tai rimta: nerimą keliantis elgesys, įžeidinėjimai ar grasinimai.',
  'escalate.recorded':
    'Jūsų pranešimas apie klientą {client} konfidencialiai užregistruotas. Dabar juo rūpinasi {handler}. Eigą galite sekti komanda `/escalate status`.',
  'escalate.recorded.admins':
    'Jūsų pranešimas apie klientą {client} konfidencialiai užregistruotas. Frontline dar nenurodytas jūsų vadovas, todėl juo rūpinasi administratoriai. Eigą galite sekti komanda `/escalate status`.',
  'escalate.card.title': 'Pranešimas apie klientą {client}',
  'escalate.card.from': '{reporter} praneša apie klientą {client}. Rimtumas: {severity}.',
  'escalate.card.keep.yes': 'Nori ir toliau aptarnauti šį klientą, jei sulauks jūsų palaikymo.',
  'escalate.card.keep.no': 'Norėtų nebeaptarnauti šio kliento.',
  'escalate.card.words': 'Kliento žodžiai',
  'escalate.card.steps':
    'Pirmiausia patvirtinkite, kad gavote pranešimą. Tada pasikalbėkite su klientu arba patarkite darbuotojui; jei tai nepadės, perimkite klientą arba atvirai palaikykite savo darbuotoją.',
  'escalate.action.acknowledge': 'Patvirtinti gavimą',
  'escalate.action.talk': 'Pasikalbėta / patarta',
  'escalate.action.takeOver': 'Perimti klientą',
  'escalate.action.support': 'Palaikyti darbuotoją',
  'escalate.action.resolve': 'Išspręsti',
  'escalate.acknowledged.you': 'Patvirtinta. {reporter} jau žino, kad pranešimu rūpinatės jūs.',
  'escalate.acknowledged.reporter': '{handler} jau rūpinasi jūsų pranešimu apie klientą {client}.',
  'escalate.talk.title': 'Kas jau bandyta',
  'escalate.talk.note': 'Ką bandėte (pokalbis su klientu, patarimai darbuotojui …)',
  'escalate.talk.followUp': 'Kada grįžti prie klausimo',
  'escalate.talk.done': 'Užfiksuota. Frontline primins jums grįžti prie klausimo: {date}.',
  'escalate.tookOver.you':
    'Nuo šiol klientą {client} aptarnaujate jūs. {reporter} apie tai jau žino.',
  'escalate.tookOver.reporter': 'Klientą {client} perėmė {handler}. Jums jo nebereikia aptarnauti.',
  'escalate.tookOver.channel': 'Klientą {client} dabar aptarnauja {handler}.',
  'escalate.support.title': 'Palaikyti darbuotoją',
  'escalate.support.note': 'Kodėl negalite perimti kliento (darbuotojas to nematys)',
  'escalate.support.done':
    'Užfiksuota. Po kiekvieno naujo pranešimo apie klientą {client} Frontline primins jums padėkoti darbuotojui ({reporter}).',
  'escalate.support.reporter':
    '{handler} jus palaiko: klientas {client} peržengė ribas, o po kiekvieno bendravimo su juo jums bus padėkota.',
  'escalate.support.reminder':
    'Naujas pranešimas apie klientą {client}. Padėkokite darbuotojui ({reporter}), kad aptarnauja šį klientą: nusprendėte palaikyti, o ne perimti.',
  'escalate.resolve.title': 'Išspręsti pranešimą',
  'escalate.resolve.outcome': 'Rezultatas',
  'escalate.outcome.client_apologised': 'Klientas atsiprašė',
  'escalate.outcome.client_dropped': 'Bendradarbiavimas su klientu nutrauktas',
  'escalate.outcome.account_taken_over': 'Klientas perimtas',
  'escalate.outcome.other': 'Kita',
  'escalate.resolve.note': 'Pastaba (nebūtina)',
  'escalate.resolved.you': 'Išspręsta: {outcome}.',
  'escalate.resolved.reporter': 'Jūsų pranešimas apie klientą {client} išspręstas: {outcome}.',
  'escalate.refused.notYours': 'Šio pranešimo tvarkyti negalite.',
  'escalate.refused.resolved': 'Šis pranešimas jau išspręstas; nieko nepakeista.',
  'escalate.refused.notFound': 'Šio pranešimo nebėra.',
  'escalate.status.none': 'Neturite nei savo pranešimų, nei tokių, kuriuos reikėtų tvarkyti.',
  'escalate.status.title': 'Jūsų pranešimai ir tie, kuriuos tvarkote',
  'escalate.status.line': '#{id} {client}, {severity}, {status}, pranešta {date}',
  'escalate.status.open': 'laukia patvirtinimo',
  'escalate.status.acknowledged': 'patvirtintas',
  'escalate.status.taken_over': 'klientas perimtas',
  'escalate.status.supported': 'darbuotojas palaikytas',
  'escalate.status.resolved': 'išspręstas',
  'escalate.event': '{date}: {who} — {what}',
  // digest: reports to act on
  'digest.reports.title': 'Pranešimai, kurie laukia jūsų veiksmų',
  'digest.reports.item':
    '{overdue}{client} ({severity}), pranešė {reporter}, data: {date}. Toliau: {next}.',
  'digest.reports.overdue': 'Vėluojama: ',
  'digest.next.open': 'patvirtinkite, kad žinote',
  'digest.next.acknowledged':
    'pasikalbėkite su klientu arba padėkite darbuotojui; jei nepavyks, perimkite klientą',
  'digest.next.supported': 'padėkokite darbuotojui po kiekvieno kontakto su šiuo klientu',
  'digest.next.taken_over': 'užbaikite pranešimą',
  // audit trail
  'escalate.kind.reported': 'pranešė',
  'escalate.kind.routed': 'perduota',
  'escalate.kind.acknowledged': 'patvirtino',
  'escalate.kind.talked': 'kalbėjosi su klientu / padėjo darbuotojui',
  'escalate.kind.took_over': 'perėmė klientą',
  'escalate.kind.supported': 'vietoj perėmimo pasirinko palaikymą',
  'escalate.kind.resolved': 'užbaigta',
  'escalate.kind.reminded': 'priminta vadovui',
  'escalate.kind.escalated': 'perduota aukščiau',
  'escalate.kind.follow_up_due': 'laikas grįžti prie klausimo',
  'escalate.kind.check_in_sent': 'išsiųstas klausimas, kaip sekasi',
  'escalate.kind.check_in_answered': 'atsakyta, kaip sekasi',
  // escalation timers
  'escalate.timer.reminder':
    'Priminimas: darbuotojo ({reporter}) pranešimas apie klientą {client} vis dar laukia, kol patvirtinsite jo gavimą. Jei to nepadarysite laiku, pranešimas bus perduotas aukštesniam vadovui.',
  'escalate.timer.reminder.admins':
    'Priminimas: darbuotojo ({reporter}) pranešimas apie klientą {client} vis dar laukia, kol administratorius patvirtins jo gavimą.',
  'escalate.timer.late':
    'Šio pranešimo gavimas nebuvo laiku patvirtintas (atsakingas: {handler}), todėl jis perduotas jums.',
  'escalate.timer.reporter':
    'Jūsų pranešimo apie klientą {client} gavimas nebuvo laiku patvirtintas, todėl pranešimas perduotas aukščiau: dabar juo rūpinasi {handler}.',
  'escalate.timer.reporter.admins':
    'Jūsų pranešimo apie klientą {client} gavimas nebuvo laiku patvirtintas, todėl pranešimas perduotas aukščiau: dabar juo rūpinasi administratoriai.',
  'escalate.timer.followUp':
    'Laikas grįžti prie darbuotojo ({reporter}) pranešimo apie klientą {client}: kaip sekasi dabar?',
  'escalate.checkIn.question': 'Kaip dabar sekasi su klientu {client}?',
  'escalate.checkIn.private':
    'Prieš kelias dienas pranešėte apie šį klientą. Jūsų atsakymą mato tik jūs, jūsų vadovai ir administratoriai; jei padėtis pablogėjo, apie tai sužinos jūsų vadovas.',
  'escalate.checkIn.answer.better': 'Geriau',
  'escalate.checkIn.answer.same': 'Taip pat',
  'escalate.checkIn.answer.worse': 'Blogiau',
  'escalate.checkIn.thanks.better': 'Džiugu girdėti. Ačiū, kad pranešėte.',
  'escalate.checkIn.thanks.same':
    'Ačiū, kad pranešėte. Jei kas nors pasikeis, pranešimo eigą galite sekti komanda `/escalate status`.',
  'escalate.checkIn.thanks.worse':
    'Ačiū, kad pasakėte. Apie tai jau žino {handler} ir susisieks su jumis.',
  'escalate.checkIn.thanks.worse.admins':
    'Ačiū, kad pasakėte. Apie tai jau žino administratoriai, jie susisieks su jumis.',
  'escalate.checkIn.worse.handler':
    'Darbuotojas ({reporter}) praneša, kad po pranešimo padėtis su klientu {client} pablogėjo. Prašome netrukus su juo pasikalbėti.',
  'escalate.checkIn.notYours': 'Į šį klausimą gali atsakyti tik pranešimo autorius.',
  // difficult clients
  'clients.history.title':
    'Klientas {client} – sudėtingas: per paskutines {days} d. apie jį gauta pranešimų: {count} (įskaitant šį). Ankstesni pranešimai:',
  'clients.history.line': '{date}: {severity}, {status}; pranešė {reporter}',
  'clients.history.resolved': 'išspręstas: {outcome}',
  'clients.history.colleague': 'kolega',
  'clients.history.more': '… ir dar ankstesnių pranešimų: {count}.',
  'clients.notYours':
    'Atkreipkite dėmesį: klientą {client} aptarnauja ne jūs, o {owner}. Jūsų pranešimas vis tiek išsaugotas ir perduotas jūsų vadovui, kuris situaciją aptars su klientą aptarnaujančiu kolega ({owner}).',
  'clients.notYours.admins':
    'Atkreipkite dėmesį: klientą {client} aptarnauja ne jūs, o {owner}. Jūsų pranešimas vis tiek išsaugotas; administratoriai situaciją aptars su klientą aptarnaujančiu kolega ({owner}).',
  'clients.card.servedBy':
    'Klientą {client} aptarnauja ne {reporter}, o {owner}: pasitarkite ir su klientą aptarnaujančiu kolega.',
  'clients.help':
    'Administratoriams: `/escalate client ACME Ltd` parodo kliento kortelę (kas aptarnauja, elgesys, vertė ir kaštai, pranešimų skaičius); pridėkite `demanding` (reiklus), `abusive` (įžeidinėja) arba `clear` (nuimti žymą), kad pažymėtumėte kliento elgesį; `value 120000 cost 30000` – kad nurodytumėte metinę kliento vertę ir jo aptarnavimo kaštus; `channel here` kliento kanale (`channel off` – atsieti), kad tas kanalas sužinotų, kai vadovas perims klientą.',
  'clients.usage':
    'Parašykite `/escalate client ACME Ltd`, kad pamatytumėte kliento kortelę, arba pridėkite `demanding`, `abusive` ar `clear`; `value 120000 cost 30000`; `channel here` ar `channel off`.',
  'clients.notAdmin':
    'Klientų korteles matyti ir keisti gali tik Frontline administratoriai. Norėdami pranešti apie klientą, parašykite `/escalate` arba `/escalate ACME Ltd: kas nutiko`.',
  'clients.badNumber':
    '{word} nėra sveikasis skaičius. Sumas rašykite be trupmeninės dalies ir be taškų, pvz., `value 120000 cost 30000`.',
  'clients.unknown':
    'Kliento {client} nėra. Patikrinkite rašybą: kliento kortelė sukuriama su pirmuoju pranešimu ar padėka, kurioje jis paminėtas.',
  'clients.conduct.set.demanding': 'Klientas {client} pažymėtas kaip reiklus, bet korektiškas.',
  'clients.conduct.set.abusive': 'Klientas {client} pažymėtas kaip įžeidinėjantis darbuotojus.',
  'clients.conduct.set.clear': 'Nuo kliento {client} nuimta elgesio žyma.',
  'clients.money.set': 'Išsaugota klientui {client}.',
  'clients.channel.here':
    'Šis kanalas dabar susietas su klientu {client}. Jei vadovas perims klientą, čia bus pranešta tik tai, kas dabar jį aptarnauja, – be priežasčių.',
  'clients.channel.off': 'Klientas {client} nebeturi susieto kanalo.',
  'clients.channel.where':
    'Parašykite `/escalate client {client} channel here` paties kliento kanale, o ne asmeninėje žinutėje.',
  'clients.card.title': 'Kliento kortelė: {client}',
  'clients.card.owner': 'Aptarnauja: {owner}',
  'clients.card.owner.none': 'Aptarnauja: dar niekas nenurodytas',
  'clients.card.conduct': 'Elgesys: {conduct}',
  'clients.conduct.demanding': 'reiklus, bet korektiškas',
  'clients.conduct.abusive': 'įžeidinėja darbuotojus',
  'clients.conduct.none': 'nepažymėta',
  'clients.card.money': 'Metinė vertė: {value} · aptarnavimo kaštai: {cost} · skirtumas: {margin}',
  'clients.card.notRecorded': 'nenurodyta',
  'clients.card.reports': 'Pranešimų per paskutines {days} d.: {recent} · iš viso: {total}',
  'clients.card.difficult': 'Sudėtingas klientas: per {days} d. pranešimų – {min} ar daugiau.',
  'clients.card.notDifficult': 'Ne sudėtingas klientas: per {days} d. pranešimų mažiau nei {min}.',
  'clients.card.channel.linked':
    'Kliento kanalas susietas: jame bus pranešta, jei vadovas perims klientą.',
  'clients.card.channel.none':
    'Kanalas nesusietas: parašykite `/escalate client {client} channel here` kliento kanale.',
  // check-in delay
  'escalate.checkIn.days':
    'Atlikta: praėjus {days} d. po pranešimo, pranešėjas asmeniškai paklausiamas, kaip sekasi.',
  'escalate.checkIn.days.usage':
    'Tai pakeisti gali tik administratoriai. Nurodykite dienų skaičių nuo 1 iki 30: `/escalate checkin 3`.',
  // escalation answers
  'escalate.error.talk':
    'Parašykite, ką bandėte (ne daugiau kaip {max} simbolių), ir pasirinkite vėlesnę nei šiandien grįžimo prie klausimo datą.',
  'escalate.error.reason': 'Parašykite priežastį (ne daugiau kaip {max} simbolių).',
  'escalate.error.outcome': 'Pasirinkite baigtį.',
  'escalate.recorded.nobody':
    'Jūsų pranešimas apie {client} išsaugotas konfidencialiai, bet jo dar nėra kam perduoti: paprašykite administratoriaus nurodyti jūsų vadovą komanda `/kudos manager`.',
  'escalate.toAdmins': 'administratoriams',
  // forwarded emails and reactions
  'email.problem.empty':
    'Nepavyko perskaityti laiško: jis tuščias. Persiųskite visą laišką dar kartą, su tekstu.',
  'email.problem.tooLarge':
    'Šis laiškas per didelis. Įklijuokite tik kliento žinutę arba naudokite „Give kudos for this“ / „Report abusive client“.',
  'email.problem.unreadable':
    'Nepavyko perskaityti laiško (sugadintas formatas ar koduotė). Persiųskite jį kaip įprastą laišką arba įklijuokite kliento tekstą.',
  'email.problem.noSender':
    'Nepavyko nustatyti, kas išsiuntė laišką: persiųsdami ar įklijuodami palikite eilutę „Nuo:“.',
  'email.problem.notForward':
    'Čia nematau persiųsto laiško. Persiųskite kliento laišką arba įklijuokite jį su eilute „Nuo:“.',
  'email.repeat.recorded': 'Šis laiškas jau buvo persiųstas ir įrašytas kaip padėka {date}.',
  'email.repeat.seen': 'Šis laiškas jau buvo persiųstas {date}; mano atsakymą rasite ten.',
  'email.repeat.recorded.short': 'Tai jau įrašyta kaip padėka.',
  'email.compliment': 'Padėka iš {client} skirta {people}.',
  'email.compliment.record': 'Įrašyti padėką {people} nuo {client}',
  'email.compliment.not': 'Tai ne padėka',
  'email.abusive':
    'Jūsų persiųstas laiškas iš {client} atrodo įžeidus. Šią žinutę matote tik jūs. Neturite su tuo tvarkytis vieni: jūsų vadovas gali įsikišti.',
  'email.abusive.report': 'Pranešti vadovui',
  'email.neither':
    'Šis laiškas neatrodo nei padėka, nei įžeidimas. Jei suklydau, pasirinkite patys:',
  'email.neither.record': 'Įrašyti padėką',
  'email.gone': 'Nebegaliu rasti šio laiško. Persiųskite jį dar kartą.',
  'email.notYours':
    'Tai spręsti gali tik laišką persiuntęs asmuo, tie, kuriems jis skirtas, ir administratoriai.',
  'email.kudos.noWords':
    'Laiške nėra teksto, kurį būtų galima įrašyti. Parašykite padėką patys su „/kudos“.',
  'email.recorded': 'Padėka {people} nuo {client} įrašyta ({by}).',
  'email.dismissed': 'Supratau: nieko neįrašyta.',
  'email.dismissed.public': '{by} pažymėjo, kad tai ne padėka.',
  'reaction.report':
    'Pažymėjote šią žinutę pranešimui. Tai matote tik jūs: pranešti apie klientą vadovui, privačiai?',
  'email.abusive.noKudos':
    'Šis laiškas atrodo įžeidus, todėl jo žodžiai netaps padėka. Norėdami padėkoti tam, kas su juo susitvarkė, parašykite `/kudos @vardas …` savais žodžiais.',
  'reaction.whom':
    'Kam ši padėka? Iš žinutės nesuprantu: žinutės meniu pasirinkite „Give kudos for this“ ir nurodykite žmones.',
  'reaction.undo':
    'Persigalvojote? Per {seconds} sekundžių pašalinkite reakciją ir padėka bus atšaukta.',
  'settings.inbox.here': 'Atlikta: skaitau persiųstus laiškus šiame kanale. Kanalai: {channels}.',
  'settings.inbox.off': 'Atlikta: šiame kanale nebeskaitau persiųstų laiškų.',
  'settings.inbox.all':
    'Atlikta: skaitau persiųstus laiškus visuose kanaluose, kuriuose esu, ir asmeninėse žinutėse.',
  'settings.inbox.usage':
    'Tai keisti gali tik administratoriai. Kanale parašykite `/kudos inbox here`, kad laiškus skaityčiau tik pasirinktuose kanaluose, `/kudos inbox off` – kad nustočiau šiame, `/kudos inbox all` – visuose.',
  'settings.autorecord.set':
    'Atlikta: padėkos, dėl kurių esu tikras bent {percent}%, įrašomos be paspaudimo.',
  'settings.autorecord.off': 'Atlikta: prieš įrašydamas persiųstą padėką, paklausiu.',
  'settings.autorecord.usage':
    'Tai keisti gali tik administratoriai. Nurodykite tikrumą nuo 50 iki 100 (procentų) arba off: `/kudos autorecord 90`.',
  'settings.reactions.set': 'Atlikta: reakcija {kudos} – padėka; {report} – privatus pranešimas.',
  'settings.reactions.usage':
    'Tai keisti gali tik administratoriai. Nurodykite padėkos jaustukus, o po „report“ – pranešimo jaustuką: `/kudos reactions :clap: :star2: report :rotating_light:`.',
  // Teams: hosting and kudos
  'teams.help.intro':
    'Teams programoje rašykite `kudos @Ana ačiū už …` asmeniniame pokalbyje su manimi arba `@Frontline kudos @Ana …` kanale. Vien `kudos` atveria formą.',
  'teams.form.required': 'Užpildykite šį laukelį.',
  // Teams: escalations and message actions
  'teams.escalate.sentPrivately': 'Išsiunčiau jums privačią formą.',
  'teams.escalate.answeredPrivately': 'Atsakiau jums mūsų asmeniniame pokalbyje.',
  'teams.messageAction.unknown':
    'Frontline nežino šio veiksmo. Paprašykite administratoriaus atnaujinti programėlę.',
  // Teams: private answers that had to wait
  'teams.form.open': 'Atverti formą',
  // forwarded emails: Slack's email integration
  'email.forwarder.unknown':
    'Nepavyko nustatyti, kas persiuntė šį laišką: adresas, iš kurio jis atėjo, nepriklauso niekam šioje darbo erdvėje. Jei laišką persiuntėte jūs, parašykite @Frontline šioje gijoje ir aš jums atsakysiu.',
  // help for every command, per platform, and first-hour answers
  'help.more.slack': [
    '*Ką daro Frontline*',
    '• `/kudos @ana ačiū už …` perduoda pagyrimą žmogui vardu; daugiau – `/kudos help`.',
    '• `/escalate` konfidencialiai praneša jūsų vadovui apie įžeidžiai besielgiantį klientą; daugiau – `/escalate help`.',
    '• Persiųskite kliento laišką į kanalą, kuriame esu, arba man: pasiūlysiu įrašyti pagyrimą kaip padėką, o jei laiškas įžeidus – konfidencialiai apie jį pranešti.',
    '• Sureaguokite į žinutę :clap: arba :star2: (jei administratorius nepasirinko kitų), kad už ją padėkotumėte, arba :rotating_light:, kad praneštumėte apie klientą; kiekvienos žinutės meniu yra „Give kudos for this“ ir „Report abusive client“.',
    '• Vadovai gauna santrauką: pagyrimus, už kuriuos verta padėkoti, ir pranešimus, kuriems reikia jų veiksmų; kanalas gauna savaitės aptarnavimo herojų suvestinę.',
  ].join('\n'),
  'help.more.teams': [
    '*Ką daro Frontline*',
    '• `/kudos @Ana ačiū už …` perduoda pagyrimą žmogui vardu; daugiau – `/kudos help`.',
    '• `/escalate` mūsų asmeniniame pokalbyje konfidencialiai praneša jūsų vadovui apie įžeidžiai besielgiantį klientą; daugiau – `/escalate help`.',
    '• Įklijuokite persiųstą kliento laišką į mūsų pokalbį arba atsiųskite jį .eml failu: pasiūlysiu įrašyti pagyrimą kaip padėką, o jei laiškas įžeidus – konfidencialiai apie jį pranešti.',
    '• „Give kudos for this“ ir „Report abusive client“ yra kiekvienos žinutės meniu: … → Daugiau veiksmų.',
    '• Vadovai gauna santrauką: pagyrimus, už kuriuos verta padėkoti, ir pranešimus, kuriems reikia jų veiksmų; kanalas gauna savaitės aptarnavimo herojų suvestinę.',
  ].join('\n'),
  'help.more.shell': [
    '*Ką daro Frontline*',
    '• `/kudos @ana ačiū už …` perduoda pagyrimą žmogui vardu; daugiau – `/kudos help`.',
    '• `/escalate status` parodo pranešimus, o `/escalate client ACME Ltd` – kliento paskyrą; daugiau – `/escalate help`. Pats pranešimas pateikiamas jūsų komandos pokalbių programoje, kur jo forma matoma tik jums.',
    '• `/as NAME` paverčia jus kitu žmogumi, kad pamatytumėte, ką mato kolega ar vadovas; `/quit` – išeiti.',
    '• Įdiegtas jūsų komandos pokalbių programoje, Frontline dar skaito persiųstus klientų laiškus, dėkoja už reakcijas ir siunčia vadovams santraukas.',
  ].join('\n'),
  'kudos.error.unknownPerson.teams':
    'Nežinau, kas yra {name}. Pasirinkite žmogų iš @ pasiūlymų, kad Teams susietų vardą su profiliu.',
  'kudos.error.unknownPerson.shell':
    'Nežinau, kas yra {name}. Čia žmogus yra @ ir vardas iš raidžių, skaitmenų, taškų, brūkšnelių ar pabraukimų, pvz., @ana.',
  'thanks.list.noReports':
    'Frontline sistemoje jums niekas neatsiskaito, todėl nėra pagyrimų, už kuriuos turėtumėte padėkoti. Kas kam atsiskaito, nustato administratorius komanda `/kudos manager @employee @manager` arba importuodamas CSV failą.',
  'summary.preview.notAdmin':
    'Savaitės suvestinę iš anksto peržiūrėti gali tik Frontline administratoriai. Visi ją pamatys, kai ji bus paskelbta suvestinės kanale; jei norite anksčiau, kreipkitės į administratorių.',
  // Slack unreachable
  'error.slackUnreachable':
    'Frontline šiuo metu negali susisiekti su Slack, todėl to padaryti nepavyko. Bandykite dar kartą po kelių minučių.',
  // Teams: invokes that cannot be read
  'teams.invoke.malformed':
    'Teams atsiuntė šį veiksmą be reikiamų duomenų. Atverkite kortelę iš naujo ir spustelėkite dar kartą.',
  // home: the wall, the desk, the overview
  'escalate.form.cause': 'Kas tai išprovokavo? (neprivaloma)',
  'escalate.cause.product_defect': 'Produkto defektas',
  'escalate.cause.delay': 'Vėlavimas',
  'escalate.cause.price': 'Kaina',
  'escalate.cause.policy': 'Mūsų taisyklės',
  'escalate.cause.communication': 'Bendravimas',
  'escalate.cause.other': 'Kita',
  'home.wall.title': 'Jūsų gauti pagyrimai',
  'home.wall.totals': 'Šį mėnesį: {month} · šį ketvirtį: {quarter} · šiais metais: {year}',
  'home.wall.trend': 'Paskutinės 12 savaičių: {trend}',
  'home.wall.empty': 'Pagyrimų dar nėra. Kai jus pagirs klientas ar kolega, tai atsiras čia.',
  'home.wall.client': '{client} jus pagyrė (perdavė {giver}), {date}',
  'home.wall.peer': '{giver} jus pagyrė, {date}',
  'home.wall.values': 'Vertybės: {values}',
  'home.wall.thanked': '{manager} jums padėkojo:',
  'home.wall.older': 'Senesni',
  'home.wall.newest': 'Naujausi',
  'home.settings.title': 'Jūsų nustatymai',
  'home.settings.announce.on': 'Jūsų pagyrimai skelbiami padėkų kanale.',
  'home.settings.announce.off': 'Jūsų pagyrimai viešai neskelbiami.',
  'home.settings.announce.stop': 'Neskelbti',
  'home.settings.announce.start': 'Skelbti mano pagyrimus',
  'home.settings.digest': 'Jūsų suvestinė: {schedule}',
  'home.digest.daily': 'kasdien',
  'home.digest.weekly': 'kas savaitę',
  'home.digest.off': 'išjungta',
  'home.digest.default': 'kaip nuspręsta darbo erdvei',
  'home.settings.language': 'Kalba: {language}',
  'home.reports.title': 'Jūsų atviri pranešimai',
  'home.reports.item': '#{id} {client}, pranešta {date}: {status}',
  'home.more': '… ir dar {count}.',
  'home.desk.title': 'Jūsų darbo stalas',
  'home.desk.heroes': 'Šios savaitės jūsų komandos herojai',
  'home.desk.hero': '{person}: pagirta(s) {count} kart.',
  'home.desk.unrecognised': 'Seniai negavo pripažinimo (tai matote tik jūs)',
  'home.desk.unrecognised.never': '{person}: dar nė vieno pagyrimo',
  'home.desk.unrecognised.days': '{person}: be pagyrimo {days} d.',
  'home.desk.unrecognised.nudge':
    'Šiltas jūsų žodis daug reiškia: `/kudos @vardas …` užtruks minutę.',
  'home.overview.title': 'Darbo erdvės apžvalga',
  'home.overview.off': 'išjungta',
  'home.overview.whereGiven': 'ten, kur padėkota',
  'home.overview.everyChannel': 'visi kanalai, kuriuose yra Frontline',
  'home.overview.report': 'pranešimas',
  'home.overview.setting': '{setting}: {value}',
  'home.setting.channel': 'Padėkų kanalas',
  'home.setting.summary': 'Savaitės suvestinė',
  'home.setting.inbox': 'Laiškų kanalai',
  'home.setting.reactions': 'Reakcijos',
  'home.setting.limit': 'Dienos riba',
  'home.setting.autorecord': 'Įrašyti be paspaudimo',
  'home.setting.checkin': 'Pasiteiravimas po (dienų)',
  'home.setting.digest': 'Vadovų suvestinė',
  'home.overview.everyoneManaged': 'Visi turi vadovą.',
  'home.overview.withoutManager': 'Žmonės be vadovo ({count}): {people}',
  'home.overview.lastImport':
    'Paskutinis importas: {kind}, {date}, eilučių: {rows}, su klaidomis: {problems}',
  'home.overview.noImport':
    'Importo dar nebuvo: `frontline import people FILE.csv` priskirs vadovus.',
  'home.overview.nothing': 'Kol kas nieko.',
  'home.overview.kudosByTeam': 'Padėkos pagal komandas per 4 savaites (seniausios pirma)',
  'home.overview.kudosByTeam.line': '{team}: gauta {received}; duota {given}',
  'home.overview.praiseAndReports':
    'Klientų pagyrimai ir pranešimai pagal komandas per {days} d. (tik skaičiai)',
  'home.overview.praiseAndReports.line': '{team}: klientų pagyrimų {praise}, pranešimų {reports}',
  'home.overview.difficult': 'Sunkūs klientai per {days} d.: vertė prieš kaštus',
  'home.overview.difficult.line':
    '{client}: pranešimų {reports}, pagyrimų {compliments}; vertė {value} per metus, aptarnavimas kainuoja {cost}',
  'home.overview.causes': 'Kas provokuoja klientus: pranešimai pagal priežastis per {days} d.',
  'home.overview.causes.line': '{cause}: {count}',
  'home.cause.unsaid': 'Nenurodyta',
  'home.language.set': 'Atlikta: dabar Frontline su jumis kalba {language}.',
  'home.setting.form.title': 'Keisti nustatymą',
  'home.setting.form.value': '{setting}: nauja reikšmė',
  'home.setting.form.submit': 'Išsaugoti',
  'top.title': 'Daugiausia pagyrimų per paskutines {days} d. ({source})',
  'top.source.clients': 'iš klientų',
  'top.source.colleagues': 'iš kolegų',
  'top.source.all': 'iš klientų ir kolegų',
  'top.none': 'Per šį laikotarpį pagyrimų dar nėra.',
  'top.place': '{place}. {people}: {count}',
  'top.usage':
    'Parašykite `/kudos top`, jei norite, su week, month ar quarter ir su clients, colleagues ar all, pvz. `/kudos top quarter clients`. Reitingai skaičiuoja tik pagyrimus.',
  // client scores
  'scores.record.notYours': 'Šis įvertinimas nemini jūsų, todėl ne jums jį įrašyti kaip padėką.',
  'scores.record.already': 'Šis komentaras jau įrašytas kaip padėka.',
  'scores.record.notPraise':
    'Šis komentaras neatrodo kaip pagyrimas, todėl neįrašytas kaip padėka.',
  'scores.record.button': 'Įrašyti kaip padėką',
  'scores.kind.nps': 'NPS',
  'scores.kind.csat': 'CSAT',
  'scores.kind.rating': 'įvertinimas',
  'scores.measure': '{kind} {average} ({count})',
  'scores.team.none': 'Be komandos',
  'home.scores.title': 'Kaip klientai įvertino jūsų aptarnavimą',
  'home.scores.line': '{client}: {kind} {score}, {date}',
  'home.overview.scores':
    'Klientų įvertinimai pagal komandas per paskutines {days} d. (vidurkis, atsakymų)',
  'home.overview.scores.line': '{team}: {measures}',
  'summary.scores.title': 'Pačių klientų įvertinimai per paskutines 30 dienų',
  'summary.scores.line': '{client}: {measures}; pagyrimų per tas pačias dienas: {compliments}',
  // shell: a person's language
  'shell.as.locale': 'Dabar jūs esate {name}, ir Frontline su jumis kalba: {language}.',
  'shell.locale.unknown':
    'Frontline kalba en, ru, lt ir ro: parašykite, pavyzdžiui, /as {name} --locale lt.',
  // the shell as a full adapter
  'shell.welcome':
    'Frontline konsolė. Jūs esate {name}. Įveskite /help, kad pamatytumėte, ką galite daryti, /quit – kad išeitumėte.',
  'shell.unknownCommand':
    'Tokios komandos nežinau. Įveskite /help ir pamatysite tas, kurias suprantu.',
  'shell.help':
    'Konsolėje esate kanale #general kartu su Frontline. Galite įvesti:\n  /kudos …  padėkoti; pagalba – /kudos help\n  /escalate  pranešti apie įžeidų klientą (arba /escalate Klientas: kas nutiko); /escalate status, /escalate help\n  /steps N  pranešimas N ir žingsniai, kuriuos gali žengti vadovas\n  /do N žodis  žinutės N mygtukas, kaip parodyta po ja\n  /react :clap: N, /unreact :clap: N  reakcija į žinutę N kanale #general\n  /home  jūsų pradžios puslapis\n  /tick  vykdyti tvarkaraštį dabar: suvestinės, savaitės apžvalga, priminimai\n  /as VARDAS [--locale ro]  būti kitu žmogumi (jo kalba)\n  /quit  išeiti\nVisa kita – žinutė kanale #general: įklijuokite persiųstą kliento laišką ir užbaikite jį eilute, kurioje yra tik taškas.',
  'shell.dm.waiting': '[Asmeninė žinutė {name}] Frontline parašė {name}: /as {name} ją perskaitys.',
  'shell.thread': '[#{channel}, atsakymas į {n}] Frontline',
  'shell.posted': '({n}) [#{channel}] {name} tai paskelbė.',
  'shell.reacted': 'Frontline sureagavo į {n}: :{emoji}:.',
  'shell.form.start': '{title} (atsakykite į kiekvieną klausimą; /cancel – atšaukti)',
  'shell.form.left': 'Išėjote iš „{title}“: nieko neišsiųsta.',
  'shell.form.required': 'Čia reikia atsakymo.',
  'shell.form.people': 'Žmones nurodykite su @ ir vardu, pvz., @ana @ben.',
  'shell.form.choice': 'Įveskite vieną iš parodytų numerių.',
  'shell.form.keep': 'Enter palieka: {value}',
  'shell.form.skip': 'Enter praleidžia.',
  'shell.steps.usage': 'Parašykite pranešimo numerį, pvz., /steps 1.',
  'shell.do.unknown':
    'Tokio mygtuko nėra. Įveskite /do, žinutės numerį ir mygtuko žodį, kaip parodyta po žinute, pvz., /do 3 take-over.',
  'shell.react.usage':
    'Parašykite jaustuką ir žinutės kanale #general numerį, pvz., /react :clap: 3.',
  'shell.react.takenBack': 'Jūsų reakcija atšaukta, o kartu ir jos duota padėka.',
  'shell.as.usage':
    'Parašykite vardą iš raidžių, skaitmenų, taškų, brūkšnelių ar pabraukimų, pvz., /as ana.',
  'shell.tick': 'Tvarkaraštis įvykdytas dabar: paruošta suvestinių – {digests}.',
  'shell.tick.noSummary': 'Apžvalgos kanalo dar nėra: /kudos summary here juo padarys #general.',
};
