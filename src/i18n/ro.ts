import type { Catalog } from './index';

export const ro: Catalog = {
  'kudos.help': [
    '*Cum trimiți o apreciere*',
    '`/kudos @ana @ben thanks for rescuing the renewal #ownership client:"ACME Ltd"`',
    '• menționează una sau mai multe persoane cu @',
    '• textul: ce a făcut persoana sau chiar cuvintele clientului (caractere: {min}–{max})',
    '• etichetele `#value` indică valorile afișate (opțional)',
    '• `client:"Name"` arată de la ce client vine lauda (opțional)',
    '`/kudos` singur deschide un formular. `/kudos help` afișează acest mesaj.',
    'Administratori: `/kudos manager @employee @manager` stabilește cui raportează cineva.',
  ].join('\n'),
  'kudos.help.settings': [
    '`/kudos announce off` — aprecierile tale nu mai sunt anunțate în canale (le primești în continuare prin mesaj direct); `on` — revii la cum era.',
    'Administratori: `/kudos channel here` — toate aprecierile se anunță în acest canal (`off` — acolo unde se folosește /kudos); `/kudos limit 5` — câte aprecieri poate trimite o persoană pe zi (`off` — fără limită).',
    'Administratori: `/kudos inbox here|off|all` — unde se citesc e-mailurile redirecționate; `/kudos autorecord 90|off` — laudele sigure se înregistrează fără clic; `/kudos reactions :clap: report :rotating_light:` — emoji-urile reacțiilor.',
  ].join('\n'),
  'kudos.help.managers':
    'Manageri: `/kudos thanks` — aprecierile pentru oamenii tăi cărora încă nu le-ai mulțumit; `/kudos digest daily|weekly|off` — cât de des primești rezumatul. Administratori: `/kudos summary here|off|preview|now` și `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'kudos.recorded': 'Aprecierea pentru {recipients} a fost înregistrată. Mulțumim că ai observat!',
  'kudos.recorded.client':
    'Aprecierea de la {client} pentru {recipients} a fost înregistrată. Mulțumim că ai transmis-o!',
  'kudos.announce': '{giver} a trimis o apreciere pentru {recipients}',
  'kudos.announce.client': 'Laude de la {client} pentru {recipients} (transmise de {giver})',
  'kudos.dm': '{giver} ți-a trimis o apreciere',
  'kudos.dm.client': '{client} te-a lăudat, iar {giver} ți-a transmis mesajul',
  'kudos.values': 'Valori: {values}',
  'kudos.error.noRecipient':
    'Menționează cel puțin o persoană cu @, de exemplu `/kudos @ana thanks for …`. Scrie `/kudos help` pentru mai multe detalii.',
  'kudos.error.unknownPerson':
    'Nu știu cine este {name}. Alege persoana din sugestiile care apar după @, ca Slack să recunoască numele.',
  'kudos.error.tooMany':
    'Prea multe persoane deodată: numește cel mult {max} sau trimite aprecierea în mai multe rânduri.',
  'kudos.error.self': 'Aprecierile sunt pentru alții: scoate-te din lista persoanelor menționate.',
  'kudos.error.bot': '{name} este un bot. Aprecierile sunt pentru oameni: menționează un coleg.',
  'kudos.error.tooShort':
    'Spune puțin mai mult despre ce a făcut persoana. Număr minim de caractere: {min} (ai scris {length}).',
  'kudos.error.tooLong':
    'Textul e prea lung. Număr maxim de caractere: {max} (ai scris {length}). Scurtează-l.',
  'kudos.error.dailyLimit':
    'Ai atins limita zilnică de aprecieri ({limit}). Încearcă mâine; cuvintele tale pot aștepta.',
  'kudos.error.clientName': 'Scrie numele clientului după client:, de exemplu client:"ACME Ltd".',
  'form.kudos.title': 'Trimite o apreciere',
  'form.kudos.submit': 'Trimite',
  'form.kudos.cancel': 'Anulează',
  'form.close': 'Închide',
  'form.kudos.recipients': 'Cine o merită?',
  'form.kudos.client': 'Client (opțional)',
  'form.kudos.client.placeholder': 'Clientul de la care vine lauda, de ex. ACME Ltd',
  'form.kudos.words': 'Mesajul',
  'form.kudos.words.hint': 'Ce a făcut persoana sau chiar cuvintele clientului.',
  'form.kudos.values': 'Valori (opțional)',
  'form.kudos.values.hint': 'Separate prin virgulă, de ex. responsabilitate, grijă',
  'manager.usage': 'Menționează angajatul, apoi managerul: `/kudos manager @employee @manager`.',
  'manager.notAdmin':
    'Doar administratorii Frontline pot schimba cine cui raportează. Cere ajutorul unui administrator al spațiului de lucru.',
  'manager.self': 'O persoană nu poate fi propriul manager. Menționează două persoane diferite.',
  'manager.cycle':
    '{manager} raportează deja către {employee}, direct sau mai sus în ierarhie; asta ar crea o buclă. Verifică ierarhia.',
  'manager.set': 'Managerul pentru {employee} este acum {manager}.',
  'settings.announce.off':
    'Gata: aprecierile tale nu mai sunt anunțate în canale. Le primești în continuare pe fiecare prin mesaj direct.',
  'settings.announce.on': 'Gata: aprecierile tale sunt din nou anunțate în canale.',
  'settings.announce.usage': 'Scrie `/kudos announce off` sau `/kudos announce on`.',
  'settings.channel.here': 'De acum, toate aprecierile se anunță în acest canal.',
  'settings.channel.off': 'De acum, aprecierile se anunță în canalul în care se folosește /kudos.',
  'settings.channel.usage':
    'Scrie `/kudos channel here` în canalul dorit sau `/kudos channel off`.',
  'settings.limit.set':
    'Gata. Limita de aprecieri pe care le poate trimite o persoană pe zi: {limit}.',
  'settings.limit.off': 'Gata: nu mai există o limită zilnică de aprecieri.',
  'settings.limit.usage':
    'Scrie un număr întreg de la 1 la {max} sau off, de exemplu `/kudos limit 5`.',
  'settings.notAdmin':
    'Doar administratorii Frontline pot schimba asta. Cere ajutorul unui administrator al spațiului de lucru.',
  'error.generic': 'Ceva n-a mers bine la noi. Încearcă din nou peste un minut.',
  'shell.as': 'Acum ești {name}.',
  'shell.channel': '[#{channel}] Frontline',
  'shell.dm': '[Mesaj privat către {name}] Frontline',
  'shell.onlyYou': '(doar tu vezi asta)',
  // weekly summary
  'summary.heading': 'Eroii săptămânii în serviciul clienților',
  'summary.period': 'Săptămâna: {from} – {to}',
  'summary.heroes': 'Cele mai multe aprecieri săptămâna aceasta',
  'summary.hero': '{person} — aprecieri de la clienți: {client}, de la colegi: {peer}',
  'summary.firstTime': 'Apreciați de un client pentru prima dată',
  'summary.more': '… și încă {count}',
  'summary.totals': 'Bilanțul săptămânii',
  'summary.totals.client':
    'Aprecieri de la clienți: {count} · săptămâna trecută: {previous} · diferență: {change}',
  'summary.totals.peer':
    'Aprecieri de la colegi: {count} · săptămâna trecută: {previous} · diferență: {change}',
  'summary.totals.people': 'Persoane apreciate: {count}',
  'summary.teams': 'Pe echipe',
  'summary.team': '{team}: {count}',
  'summary.values': 'Valorile apreciate cel mai des',
  'summary.value': '{value}: {count}',
  // manager digest and thanks
  'digest.title': 'Sinteza ta Frontline',
  'digest.praise.title': 'Laude pentru care poți mulțumi',
  'digest.praise.client': 'Laude de la {client} pentru {recipient}',
  'digest.praise.peer': 'Apreciere de la {giver} pentru {recipient}',
  'digest.sendThanks': 'Trimite mulțumiri',
  'digest.more': '… și încă {count}. Scrie `/kudos thanks` ca să le vezi pe toate.',
  'digest.thankTime':
    'Cât durează de obicei până spui „mulțumesc” (mediana ultimelor 90 de zile): {hours} h.',
  'digest.heroes.title': 'Două niveluri mai jos: eroii săptămânii în serviciul clienților',
  'digest.heroes.item': '{person} (manager: {manager}), aprecieri de la clienți: {count}',
  'digest.heroes.nudge':
    'Un mesaj personal, un telefon sau o vizită din partea ta înseamnă mult pentru ei. Fă-ți timp pentru ei săptămâna aceasta.',
  'thanks.form.title': 'Trimite mulțumiri',
  'thanks.form.note': 'Mesajul tău',
  'thanks.form.submit': 'Trimite',
  'thanks.suggested.client':
    'Mulțumesc, {name}! Clientul {client} și-a făcut timp să te laude. Asta e grija pe care vrem s-o simtă fiecare client. Îți mulțumesc și te felicit!',
  'thanks.suggested.peer':
    'Mulțumesc, {name}! {giver} a observat ce ai făcut, și eu la fel. Bravo!',
  'thanks.dm': '{manager} îți mulțumește personal',
  'thanks.sent': 'Mulțumirile tale au ajuns la {name}.',
  'thanks.already': '{name} a primit deja mulțumiri pentru asta pe {date}.',
  'thanks.notYourReport':
    'Doar managerii cărora le raportează {name} pot trimite mulțumiri pentru această apreciere.',
  'thanks.notFound': 'Această apreciere nu mai există.',
  'thanks.noteLength': 'Scrie câteva cuvinte de mulțumire (număr maxim de caractere: {max}).',
  'thanks.list.title': 'Laude care încă așteaptă mulțumirile tale',
  'thanks.list.empty':
    'Nu mai ai pentru ce să mulțumești: pentru fiecare apreciere primită de oamenii tăi s-a mulțumit deja.',
  'settings.digest.daily': 'Gata: primești sinteza în fiecare zi lucrătoare, la ora 09:00.',
  'settings.digest.weekly': 'Gata: primești sinteza în fiecare luni, la ora 09:00.',
  'settings.digest.off':
    'Gata: nu mai primești sinteze. Cu `/kudos digest daily` le primești din nou.',
  'settings.digest.usage':
    'Scrie `/kudos digest daily`, `/kudos digest weekly` sau `/kudos digest off`. Administratori: `/kudos digest default weekly` stabilește varianta pentru managerii care nu au ales singuri.',
  'settings.digest.default':
    'Gata. Varianta sintezei pentru managerii care nu au ales singuri: {schedule}.',
  'settings.summary.here': 'Rezumatul săptămânal va fi publicat în acest canal {when}.',
  'settings.summary.off': 'Rezumatul săptămânal este dezactivat.',
  'settings.summary.at': 'De acum, rezumatul săptămânal se publică {when}.',
  'settings.summary.usage':
    'Scrie `/kudos summary here`, `/kudos summary off`, `/kudos summary preview`, `/kudos summary now` sau `/kudos summary at mon 09:00 Europe/Vilnius`.',
  'settings.summary.when': 'conform programului: {day}, ora {time} ({timezone})',
  'summary.posted': 'Rezumatul e pe drum spre canalul pentru rezumate.',
  'summary.nothing': 'Nicio apreciere în ultimele șapte zile: deocamdată nu e nimic de rezumat.',
  'summary.noChannel': 'Alege mai întâi canalul pentru rezumate: `/kudos summary here`.',
  // escalation
  'escalate.help': [
    '*Semnalează confidențial un client abuziv*',
    '`/escalate` deschide formularul de sesizare; `/escalate ACME Ltd: what happened` îl completează pentru tine.',
    '`/escalate status` îți arată sesizările tale și pe cele de care te ocupi, cu fiecare pas făcut.',
    'O sesizare poate fi văzută doar de tine, de managerii tăi și de administratori.',
  ].join('\n'),
  'escalate.form.title': 'Semnalează un client',
  'escalate.form.submit': 'Trimite confidențial',
  'escalate.form.client': 'Client',
  'escalate.form.client.placeholder': 'Numele clientului, de ex. ACME Ltd',
  'escalate.form.what': 'Ce s-a întâmplat',
  'escalate.form.what.hint':
    'Doar tu, managerii tăi și administratorii aveți acces la ce scrii aici.',
  'escalate.form.words': 'Cuvintele clientului sau un link către mesaj (opțional)',
  'escalate.form.severity': 'Cât de grav este?',
  'escalate.severity.concerning': 'Comportament îngrijorător',
  'escalate.severity.abusive': 'Comportament abuziv',
  'escalate.severity.threatening': 'Amenințări',
  'escalate.form.keep': 'Vrei să te ocupi în continuare de acest client?',
  'escalate.keep.yes': 'Da, dar am nevoie de sprijin',
  'escalate.keep.no': 'Nu, aș prefera să nu',
  'escalate.error.client': 'Scrie numele clientului (număr maxim de caractere: {max}).',
  'escalate.error.what': 'Descrie ce s-a întâmplat (caractere: {min}–{max}; ai scris {length}).',
  'escalate.error.words':
    'Cuvintele clientului sunt prea lungi (număr maxim de caractere: {max}). Lipește în schimb un link către mesaj.',
  'escalate.error.severity':
    'Alege cât de grav este: comportament îngrijorător, comportament abuziv sau amenințări.',
  'escalate.recorded':
    'Sesizarea ta despre {client} a fost înregistrată confidențial. Acum se ocupă de ea {handler}. O poți urmări cu `/escalate status`.',
  'escalate.recorded.admins':
    'Sesizarea ta despre {client} a fost înregistrată confidențial. Încă nu ai un manager în Frontline, așa că se ocupă de ea administratorii. O poți urmări cu `/escalate status`.',
  'escalate.card.title': 'Sesizare despre {client}',
  'escalate.card.from': '{reporter} a semnalat clientul {client}. Gravitate: {severity}.',
  'escalate.card.keep.yes': 'Ar vrea să se ocupe în continuare de acest client, cu sprijinul tău.',
  'escalate.card.keep.no': 'Ar prefera să nu se mai ocupe de acest client.',
  'escalate.card.words': 'Cuvintele clientului',
  'escalate.card.steps':
    'Mai întâi, te rog, confirmă primirea. Apoi vorbește cu clientul sau oferă sprijin și îndrumare; dacă nu ajută, preia tu contul sau susține-ți deschis angajatul.',
  'escalate.action.acknowledge': 'Confirmă primirea',
  'escalate.action.talk': 'Am vorbit / am îndrumat',
  'escalate.action.takeOver': 'Preia contul',
  'escalate.action.support': 'Susține angajatul',
  'escalate.action.resolve': 'Rezolvă',
  'escalate.acknowledged.you': 'Confirmat. {reporter} a aflat că te ocupi tu de sesizare.',
  'escalate.acknowledged.reporter':
    '{handler} a primit sesizarea ta despre {client} și se ocupă de ea.',
  'escalate.talk.title': 'Ce ai încercat',
  'escalate.talk.note': 'Ce ai încercat (o discuție cu clientul, îndrumare …)',
  'escalate.talk.followUp': 'Când revii asupra situației',
  'escalate.talk.done': 'Am notat. Frontline îți va aminti să revii asupra situației pe {date}.',
  'escalate.tookOver.you': 'Contul {client} este acum al tău. {reporter} știe deja.',
  'escalate.tookOver.reporter':
    '{handler} a preluat contul {client}. Nu mai trebuie să te ocupi de el.',
  'escalate.tookOver.channel': 'De contul {client} se ocupă acum {handler}.',
  'escalate.support.title': 'Susține angajatul',
  'escalate.support.note': 'De ce nu poți prelua contul (angajatul nu va vedea asta)',
  'escalate.support.done':
    'Am notat. După fiecare nouă sesizare despre {client}, Frontline îți va aminti să-i mulțumești angajatului ({reporter}).',
  'escalate.support.reporter':
    '{handler} e alături de tine: {client} a depășit limitele, iar după fiecare interacțiune cu acest client vei primi mulțumiri.',
  'escalate.support.reminder':
    'O nouă sesizare despre {client}. Mulțumește-i angajatului ({reporter}) că se ocupă de acest client: ai ales să oferi sprijin, nu să preiei contul.',
  'escalate.resolve.title': 'Rezolvă sesizarea',
  'escalate.resolve.outcome': 'Rezultat',
  'escalate.outcome.client_apologised': 'Clientul și-a cerut scuze',
  'escalate.outcome.client_dropped': 'Colaborarea cu clientul a încetat',
  'escalate.outcome.account_taken_over': 'Contul a fost preluat',
  'escalate.outcome.other': 'Altceva',
  'escalate.resolve.note': 'O notă (opțional)',
  'escalate.resolved.you': 'Rezolvată: {outcome}.',
  'escalate.resolved.reporter': 'Sesizarea ta despre {client} a fost rezolvată: {outcome}.',
  'escalate.refused.notYours': 'Nu tu te ocupi de această sesizare.',
  'escalate.refused.resolved': 'Această sesizare este deja rezolvată; nu s-a schimbat nimic.',
  'escalate.refused.notFound': 'Această sesizare nu mai există.',
  'escalate.status.none': 'Nu ai făcut nicio sesizare și nu ai niciuna de gestionat.',
  'escalate.status.title': 'Sesizări făcute de tine sau de care te ocupi',
  'escalate.status.line': '#{id} {client}, {severity}, {status}, semnalată pe {date}',
  'escalate.status.open': 'așteaptă confirmarea',
  'escalate.status.acknowledged': 'confirmată',
  'escalate.status.taken_over': 'cont preluat',
  'escalate.status.supported': 'sprijin oferit',
  'escalate.status.resolved': 'rezolvată',
  'escalate.event': '{date}: {who} — {what}',
  // digest: reports to act on
  'digest.reports.title': 'Sesizări care așteaptă acțiunea ta',
  'digest.reports.item':
    '{overdue}{client} ({severity}), raportat de {reporter}, data: {date}. Următorul pas: {next}.',
  'digest.reports.overdue': 'Întârziat: ',
  'digest.next.open': 'confirmă că ai preluat-o',
  'digest.next.acknowledged':
    'vorbește cu clientul sau îndrumă colegul; dacă nu merge, preia contul',
  'digest.next.supported': 'mulțumește-i după fiecare contact cu acest client',
  'digest.next.taken_over': 'închide sesizarea',
  // audit trail
  'escalate.kind.reported': 'a raportat',
  'escalate.kind.routed': 'transmis către',
  'escalate.kind.acknowledged': 'a confirmat',
  'escalate.kind.talked': 'a vorbit cu clientul / a îndrumat colegul',
  'escalate.kind.took_over': 'a preluat contul',
  'escalate.kind.supported': 'a ales sprijinul în locul preluării',
  'escalate.kind.resolved': 'rezolvat',
  'escalate.kind.reminded': 'managerului i s-a reamintit',
  'escalate.kind.escalated': 'transmis mai sus',
  'escalate.kind.follow_up_due': 'e timpul pentru revenire',
  'escalate.kind.check_in_sent': 'întrebare despre cum merge trimisă',
  'escalate.kind.check_in_answered': 'a răspuns la întrebarea despre cum merge',
  // escalation timers
  'escalate.timer.reminder':
    'Reamintire: sesizarea făcută de {reporter} despre {client} încă așteaptă să confirmi primirea. Dacă nu o confirmi la timp, ajunge la managerul de la nivelul următor.',
  'escalate.timer.reminder.admins':
    'Reamintire: sesizarea făcută de {reporter} despre {client} încă așteaptă ca un administrator să confirme primirea.',
  'escalate.timer.late':
    'Primirea acestei sesizări nu a fost confirmată la timp (responsabil: {handler}), așa că a ajuns la tine.',
  'escalate.timer.reporter':
    'Primirea sesizării tale despre {client} nu a fost confirmată la timp, așa că a fost trimisă mai sus: acum se ocupă de ea {handler}.',
  'escalate.timer.reporter.admins':
    'Primirea sesizării tale despre {client} nu a fost confirmată la timp, așa că a fost trimisă mai sus: acum se ocupă de ea administratorii.',
  'escalate.timer.followUp':
    'E timpul să revii asupra sesizării făcute de {reporter} despre {client}: cum stau lucrurile acum?',
  'escalate.checkIn.question': 'Cum stau lucrurile acum cu {client}?',
  'escalate.checkIn.private':
    'Acum câteva zile ai semnalat acest client. Răspunsul tău îl văd doar tu, managerii tăi și administratorii; dacă lucrurile s-au înrăutățit, managerul tău va afla.',
  'escalate.checkIn.answer.better': 'Mai bine',
  'escalate.checkIn.answer.same': 'La fel',
  'escalate.checkIn.answer.worse': 'Mai rău',
  'escalate.checkIn.thanks.better': 'Ne bucurăm să auzim asta. Mulțumim că ne-ai spus.',
  'escalate.checkIn.thanks.same':
    'Mulțumim că ne-ai spus. Dacă se schimbă ceva, poți urmări sesizarea cu `/escalate status`.',
  'escalate.checkIn.thanks.worse':
    'Mulțumim că ne-ai spus. {handler} a aflat deja și te va contacta.',
  'escalate.checkIn.thanks.worse.admins':
    'Mulțumim că ne-ai spus. Administratorii au aflat deja și te vor contacta.',
  'escalate.checkIn.worse.handler':
    '{reporter} spune că, de la sesizare, lucrurile cu {client} s-au înrăutățit. Te rugăm să stai de vorbă cu această persoană cât mai curând.',
  'escalate.checkIn.notYours':
    'Doar persoana care a făcut sesizarea poate răspunde la această întrebare.',
  // difficult clients
  'clients.history.title':
    'Clientul {client} este dificil: numărul de sesizări din ultimele {days} de zile este {count}, inclusiv aceasta. Sesizări anterioare:',
  'clients.history.line': '{date}: {severity}, {status}; semnalată de {reporter}',
  'clients.history.resolved': 'rezolvată: {outcome}',
  'clients.history.colleague': 'un coleg',
  'clients.history.more': '… și alte sesizări anterioare: {count}.',
  'clients.notYours':
    'Atenție: de contul {client} se ocupă {owner}, nu tu. Sesizarea ta a fost totuși înregistrată și transmisă managerului tău, care va vorbi și cu {owner}.',
  'clients.notYours.admins':
    'Atenție: de contul {client} se ocupă {owner}, nu tu. Sesizarea ta a fost totuși înregistrată, iar administratorii vor vorbi și cu {owner}.',
  'clients.card.servedBy':
    'De contul {client} se ocupă {owner}, nu {reporter}: te rugăm să vorbești și cu {owner}.',
  'clients.help':
    'Pentru administratori: `/escalate client ACME Ltd` arată fișa contului (cine se ocupă de el, comportamentul, valoarea și costul, numărul de sesizări); adaugă `demanding` (exigent), `abusive` (abuziv) sau `clear` (șterge marcajul) pentru a marca comportamentul clientului; `value 120000 cost 30000` pentru valoarea anuală a contului și costul deservirii lui; `channel here` în canalul clientului (`channel off` pentru a-l dezlega), ca acel canal să afle când un manager preia contul.',
  'clients.usage':
    'Scrie `/escalate client ACME Ltd` pentru a vedea fișa contului sau adaugă `demanding`, `abusive` ori `clear`; `value 120000 cost 30000`; `channel here` ori `channel off`.',
  'clients.notAdmin':
    'Doar administratorii Frontline pot vedea și modifica fișele clienților. Ca să semnalezi un client, scrie `/escalate` sau `/escalate ACME Ltd: ce s-a întâmplat`.',
  'clients.badNumber':
    '{word} nu este un număr întreg. Scrie sumele fără zecimale și fără puncte, de ex. `value 120000 cost 30000`.',
  'clients.unknown':
    'Nu există niciun cont de client numit {client}. Verifică ortografia: un cont se creează odată cu prima sesizare sau apreciere care îl menționează.',
  'clients.conduct.set.demanding': '{client} este marcat ca exigent, dar corect.',
  'clients.conduct.set.abusive': '{client} este marcat ca abuziv.',
  'clients.conduct.set.clear': 'Marcajul de comportament pentru {client} a fost șters.',
  'clients.money.set': 'Am înregistrat datele pentru {client}.',
  'clients.channel.here':
    'Acest canal este acum legat de {client}. Dacă un manager preia contul, aici se va anunța doar cine se ocupă acum de cont, niciodată motivul.',
  'clients.channel.off': '{client} nu mai are un canal legat.',
  'clients.channel.where':
    'Scrie `/escalate client {client} channel here` chiar în canalul contului, nu într-un mesaj direct.',
  'clients.card.title': 'Fișa contului: {client}',
  'clients.card.owner': 'Se ocupă de cont: {owner}',
  'clients.card.owner.none': 'Se ocupă de cont: nimeni înregistrat încă',
  'clients.card.conduct': 'Comportament: {conduct}',
  'clients.conduct.demanding': 'exigent, dar corect',
  'clients.conduct.abusive': 'abuziv',
  'clients.conduct.none': 'nemarcat',
  'clients.card.money': 'Valoare anuală: {value} · costul deservirii: {cost} · diferența: {margin}',
  'clients.card.notRecorded': 'neînregistrat',
  'clients.card.reports': 'Sesizări în ultimele {days} de zile: {recent} · în total: {total}',
  'clients.card.difficult': 'Client dificil: cel puțin {min} sesizări în {days} de zile.',
  'clients.card.notDifficult':
    'Nu este un client dificil: mai puțin de {min} sesizări în {days} de zile.',
  'clients.card.channel.linked':
    'Canalul contului este legat: va fi anunțat dacă un manager preia contul.',
  'clients.card.channel.none':
    'Niciun canal legat: scrie `/escalate client {client} channel here` în canalul contului.',
  // check-in delay
  'escalate.checkIn.days':
    'Gata: la {days} zile după o sesizare, autorul primește în privat o întrebare despre cum merge.',
  'escalate.checkIn.days.usage':
    'Doar administratorii pot schimba asta. Scrie un număr de zile de la 1 la 30: `/escalate checkin 3`.',
  // escalation answers
  'escalate.error.talk':
    'Scrie ce ai încercat (cel mult {max} caractere) și alege o dată de revenire după ziua de azi.',
  'escalate.error.reason': 'Scrie motivul (cel mult {max} caractere).',
  'escalate.error.outcome': 'Alege un rezultat.',
  'escalate.recorded.nobody':
    'Sesizarea ta despre {client} este înregistrată, confidențial, dar încă nu are cui să fie trimisă: roagă un administrator să îți seteze managerul cu `/kudos manager`.',
  'escalate.toAdmins': 'administratorilor',
  // forwarded emails and reactions
  'email.problem.empty':
    'Nu am putut citi e-mailul: este gol. Redirecționează din nou e-mailul întreg, cu textul lui.',
  'email.problem.tooLarge':
    'E-mailul este prea mare. Lipește doar mesajul clientului sau folosește „Give kudos for this” / „Report abusive client”.',
  'email.problem.unreadable':
    'Nu am putut citi e-mailul (format sau caractere deteriorate). Redirecționează-l ca e-mail obișnuit sau lipește textul clientului.',
  'email.problem.noSender':
    'Nu am putut afla cine a trimis e-mailul: păstrează rândul „De la:” când îl redirecționezi sau îl lipești.',
  'email.problem.notForward':
    'Nu văd aici un e-mail redirecționat. Redirecționează e-mailul clientului sau lipește-l cu rândul „De la:”.',
  'email.repeat.recorded':
    'Acest e-mail a fost deja redirecționat și înregistrat ca apreciere pe {date}.',
  'email.repeat.seen':
    'Acest e-mail a fost deja redirecționat pe {date}; răspunsul meu este acolo.',
  'email.repeat.recorded.short': 'Este deja înregistrat ca apreciere.',
  'email.compliment': 'O laudă de la {client} pentru {people}.',
  'email.compliment.record': 'Înregistrează aprecierea pentru {people} de la {client}',
  'email.compliment.not': 'Nu este o laudă',
  'email.abusive':
    'E-mailul de la {client} pe care l-ai redirecționat pare abuziv. Doar tu vezi acest mesaj. Nu trebuie să te descurci singur: managerul tău poate interveni.',
  'email.abusive.report': 'Raportează managerului',
  'email.neither': 'Acest e-mail nu pare nici laudă, nici abuz. Dacă am greșit, alege ce este:',
  'email.neither.record': 'Înregistrează aprecierea',
  'email.gone': 'Nu mai găsesc acest e-mail. Redirecționează-l din nou.',
  'email.notYours':
    'Doar cine a redirecționat e-mailul, persoanele vizate și administratorii pot decide asta.',
  'email.kudos.noWords': 'E-mailul nu are text de înregistrat. Scrie aprecierea cu „/kudos”.',
  'email.recorded': 'Apreciere înregistrată pentru {people} de la {client} (de {by}).',
  'email.dismissed': 'Am înțeles: nu s-a înregistrat nimic.',
  'email.dismissed.public': '{by} a marcat că nu este o laudă.',
  'reaction.report':
    'Ai marcat acest mesaj pentru raportare. Doar tu vezi asta: raportezi clientul managerului tău, în privat?',
  'email.abusive.noKudos':
    'Acest e-mail pare abuziv, așa că textul lui nu devine apreciere. Ca să mulțumești celui care s-a ocupat de el, scrie `/kudos @nume …` cu cuvintele tale.',
  'reaction.whom':
    'Pentru cine este aprecierea? Nu reiese din mesaj: alege „Give kudos for this” din meniul mesajului și indică persoanele.',
  'reaction.undo': 'Te-ai răzgândit? Elimină reacția în {seconds} de secunde ca să o anulezi.',
  'settings.inbox.here':
    'Gata: citesc e-mailurile redirecționate în acest canal. Canale: {channels}.',
  'settings.inbox.off': 'Gata: nu mai citesc e-mailurile redirecționate în acest canal.',
  'settings.inbox.all':
    'Gata: citesc e-mailurile redirecționate în toate canalele în care sunt și în mesajele directe.',
  'settings.inbox.usage':
    'Doar administratorii pot schimba asta. Scrie într-un canal `/kudos inbox here` ca să citesc e-mailuri doar în canalele alese, `/kudos inbox off` ca să mă opresc în acesta, `/kudos inbox all` pentru toate.',
  'settings.autorecord.set':
    'Gata: laudele de care sunt sigur cel puțin {percent}% se înregistrează ca aprecieri fără clic.',
  'settings.autorecord.off': 'Gata: întreb înainte de a înregistra o laudă redirecționată.',
  'settings.autorecord.usage':
    'Doar administratorii pot schimba asta. Scrie o încredere între 50 și 100 (procente) sau off: `/kudos autorecord 90`.',
  'settings.reactions.set':
    'Gata: reacția {kudos} dă o apreciere; {report} oferă o raportare privată.',
  'settings.reactions.usage':
    'Doar administratorii pot schimba asta. Indică emoji-urile de apreciere, apoi după „report” emoji-ul de raportare: `/kudos reactions :clap: :star2: report :rotating_light:`.',
  // Teams: hosting and kudos
  'teams.help.intro':
    'În Teams, scrie `kudos @Ana mulțumesc pentru …` în conversația privată cu mine sau `@Frontline kudos @Ana …` într-un canal. Doar `kudos` deschide un formular.',
  'teams.form.required': 'Vă rugăm să completați acest câmp.',
  // Teams: escalations and message actions
  'teams.escalate.sentPrivately': 'V-am trimis un formular privat.',
  'teams.escalate.answeredPrivately': 'V-am răspuns în conversația noastră privată.',
  'teams.messageAction.unknown':
    'Frontline nu cunoaște această acțiune. Cereți unui administrator să actualizeze aplicația.',
  // Teams: private answers that had to wait
  'teams.form.open': 'Deschide formularul',
  // forwarded emails: Slack's email integration
  'email.forwarder.unknown':
    'Nu mi-am dat seama cine a redirecționat acest e-mail: adresa de pe care a venit nu aparține nimănui din acest spațiu de lucru. Dacă l-ați redirecționat dvs., scrieți @Frontline în acest fir și vă voi răspunde.',
  // help for every command, per platform, and first-hour answers
  'help.more.slack': [
    '*Ce face Frontline*',
    '• `/kudos @ana mulțumesc pentru …` transmite lauda pe nume; detalii cu `/kudos help`.',
    '• `/escalate` semnalează confidențial managerului tău un client abuziv; detalii cu `/escalate help`.',
    '• Redirecționează e-mailul unui client într-un canal în care sunt sau direct mie: îți propun să înregistrez lauda ca apreciere sau, dacă e abuziv, să-l semnalezi confidențial.',
    '• Reacționează la un mesaj cu :clap: sau :star2: (dacă un administrator nu a ales altele) ca să trimiți o apreciere pentru el, sau cu :rotating_light: ca să semnalezi clientul; „Give kudos for this” și „Report abusive client” sunt în meniul oricărui mesaj.',
    '• Managerii primesc o sinteză cu laudele pentru care să mulțumească și sesizările la care trebuie să acționeze; un canal primește rezumatul săptămânal al eroilor din serviciul clienților.',
  ].join('\n'),
  'help.more.teams': [
    '*Ce face Frontline*',
    '• `/kudos @Ana mulțumesc pentru …` transmite lauda pe nume; detalii cu `/kudos help`.',
    '• `/escalate` în conversația noastră privată semnalează confidențial managerului tău un client abuziv; detalii cu `/escalate help`.',
    '• Lipește în conversația noastră e-mailul redirecționat al unui client sau trimite-mi-l ca fișier .eml: îți propun să înregistrez lauda ca apreciere sau, dacă e abuziv, să-l semnalezi confidențial.',
    '• „Give kudos for this” și „Report abusive client” sunt în meniul oricărui mesaj: … → Mai multe acțiuni.',
    '• Managerii primesc o sinteză cu laudele pentru care să mulțumească și sesizările la care trebuie să acționeze; un canal primește rezumatul săptămânal al eroilor din serviciul clienților.',
  ].join('\n'),
  'help.more.shell': [
    '*Ce face Frontline*',
    '• `/kudos @ana mulțumesc pentru …` transmite lauda pe nume; detalii cu `/kudos help`.',
    '• `/escalate status` arată sesizările, iar `/escalate client ACME Ltd` arată contul unui client; detalii cu `/escalate help`. Sesizarea propriu-zisă se face în chatul echipei tale, unde formularul ei e privat.',
    '• `/as NAME` te face altcineva, ca să vezi ce vede un coleg sau un manager; `/quit` închide consola.',
    '• Instalat în chatul echipei tale, Frontline citește și e-mailurile redirecționate ale clienților, trimite aprecieri pentru reacții și le trimite managerilor sintezele.',
  ].join('\n'),
  'kudos.error.unknownPerson.teams':
    'Nu știu cine este {name}. Alege persoana din sugestiile care apar după @, ca Teams să recunoască numele.',
  'kudos.error.unknownPerson.shell':
    'Nu știu cine este {name}. Aici o persoană este @ urmat de un nume din litere, cifre, puncte, cratime sau liniuțe de subliniere, de ex. @ana.',
  'thanks.list.noReports':
    'Nimeni nu îți raportează în Frontline, așa că nu ai laude pentru care să mulțumești. Un administrator stabilește cine cui raportează cu `/kudos manager @employee @manager` sau le importă dintr-un fișier CSV.',
  'summary.preview.notAdmin':
    'Doar administratorii Frontline pot previzualiza rezumatul săptămânal. Toată lumea îl vede când e publicat în canalul rezumatului; dacă vrei să-l vezi mai devreme, cere-i unui administrator.',
  // Slack unreachable
  'error.slackUnreachable':
    'Frontline nu poate contacta Slack acum, așa că acest lucru nu s-a putut face. Încercați din nou peste câteva minute.',
  // Teams: invokes that cannot be read
  'teams.invoke.malformed':
    'Teams a trimis această acțiune fără datele necesare. Deschideți din nou cardul și apăsați încă o dată.',
  // home: the wall, the desk, the overview
  'escalate.form.cause': 'Ce a provocat situația? (opțional)',
  'escalate.cause.product_defect': 'Un defect al produsului',
  'escalate.cause.delay': 'O întârziere',
  'escalate.cause.price': 'Prețul',
  'escalate.cause.policy': 'O regulă de-a noastră',
  'escalate.cause.communication': 'Comunicarea',
  'escalate.cause.other': 'Altceva',
  'home.wall.title': 'Laudele primite',
  'home.wall.totals': 'Luna aceasta: {month} · trimestrul acesta: {quarter} · anul acesta: {year}',
  'home.wall.trend': 'Ultimele 12 săptămâni: {trend}',
  'home.wall.empty': 'Încă nicio laudă. Când un client sau un coleg te laudă, lauda apare aici.',
  'home.wall.client': '{client} te-a lăudat (transmis de {giver}), {date}',
  'home.wall.peer': '{giver} te-a lăudat, {date}',
  'home.wall.values': 'Valori: {values}',
  'home.wall.thanked': '{manager} ți-a mulțumit:',
  'home.wall.older': 'Mai vechi',
  'home.wall.newest': 'Cele mai noi',
  'home.settings.title': 'Setările tale',
  'home.settings.announce.on': 'Laudele pentru tine sunt anunțate pe canalul de aprecieri.',
  'home.settings.announce.off': 'Laudele pentru tine nu sunt anunțate public.',
  'home.settings.announce.stop': 'Nu mai anunța',
  'home.settings.announce.start': 'Anunță laudele mele',
  'home.settings.digest': 'Rezumatul tău: {schedule}',
  'home.digest.daily': 'zilnic',
  'home.digest.weekly': 'săptămânal',
  'home.digest.off': 'oprit',
  'home.digest.default': 'cum decide spațiul de lucru',
  'home.settings.language': 'Limba: {language}',
  'home.reports.title': 'Sesizările tale deschise',
  'home.reports.item': '#{id} {client}, raportat {date}: {status}',
  'home.more': '… și încă {count}.',
  'home.desk.title': 'Biroul tău',
  'home.desk.heroes': 'Eroii săptămânii din echipa ta',
  'home.desk.hero': '{person}: lăudat(ă) de {count} ori',
  'home.desk.unrecognised': 'Fără recunoaștere de ceva vreme (doar tu vezi asta)',
  'home.desk.unrecognised.never': '{person}: încă nicio laudă',
  'home.desk.unrecognised.days': '{person}: fără laude de {days} zile',
  'home.desk.unrecognised.nudge':
    'O vorbă caldă de la tine contează mult: `/kudos @nume …` durează un minut.',
  'home.overview.title': 'Privire de ansamblu',
  'home.overview.off': 'oprit',
  'home.overview.whereGiven': 'unde a fost dată aprecierea',
  'home.overview.everyChannel': 'toate canalele în care e Frontline',
  'home.overview.report': 'sesizare',
  'home.overview.setting': '{setting}: {value}',
  'home.setting.channel': 'Canalul de aprecieri',
  'home.setting.summary': 'Rezumatul săptămânal',
  'home.setting.inbox': 'Canale pentru emailuri',
  'home.setting.reactions': 'Reacții',
  'home.setting.limit': 'Limita zilnică',
  'home.setting.autorecord': 'Înregistrare fără clic',
  'home.setting.checkin': 'Verificare după (zile)',
  'home.setting.digest': 'Rezumatul managerilor',
  'home.overview.everyoneManaged': 'Toată lumea are un manager.',
  'home.overview.withoutManager': 'Persoane fără manager ({count}): {people}',
  'home.overview.lastImport':
    'Ultimul import: {kind}, {date}, {rows} rânduri, {problems} cu probleme',
  'home.overview.noImport':
    'Niciun import încă: `frontline import people FILE.csv` atribuie managerii.',
  'home.overview.nothing': 'Nimic încă.',
  'home.overview.kudosByTeam': 'Aprecieri pe echipe, ultimele 4 săptămâni (cele vechi întâi)',
  'home.overview.kudosByTeam.line': '{team}: primite {received}; date {given}',
  'home.overview.praiseAndReports':
    'Laude de la clienți și sesizări pe echipe, ultimele {days} zile (doar numere)',
  'home.overview.praiseAndReports.line': '{team}: {praise} laude de la clienți, {reports} sesizări',
  'home.overview.difficult': 'Clienți dificili, ultimele {days} zile: valoare față de cost',
  'home.overview.difficult.line':
    '{client}: {reports} sesizări, {compliments} laude; valorează {value} pe an, deservirea costă {cost}',
  'home.overview.causes': 'Ce îi provoacă pe clienți: sesizări după cauză, ultimele {days} zile',
  'home.overview.causes.line': '{cause}: {count}',
  'home.cause.unsaid': 'Nespecificat',
  'home.language.set': 'Gata: acum Frontline îți vorbește în {language}.',
  'home.setting.form.title': 'Schimbă o setare',
  'home.setting.form.value': '{setting}: valoarea nouă',
  'home.setting.form.submit': 'Salvează',
  'top.title': 'Cei mai lăudați, ultimele {days} zile ({source})',
  'top.source.clients': 'de clienți',
  'top.source.colleagues': 'de colegi',
  'top.source.all': 'de clienți și colegi',
  'top.none': 'Încă nicio laudă în această perioadă.',
  'top.place': '{place}. {people}: {count}',
  'top.usage':
    'Scrie `/kudos top`, opțional cu week, month sau quarter și cu clients, colleagues sau all, de ex. `/kudos top quarter clients`. Clasamentele numără doar laudele.',
  // client scores
  'scores.record.notYours':
    'Această notă nu te numește, așa că nu tu o poți înregistra ca apreciere.',
  'scores.record.already': 'Acest comentariu este deja înregistrat ca apreciere.',
  'scores.record.notPraise':
    'Acest comentariu nu pare o laudă, așa că nu a fost înregistrat ca apreciere.',
  'scores.record.button': 'Înregistrează ca apreciere',
  'scores.kind.nps': 'NPS',
  'scores.kind.csat': 'CSAT',
  'scores.kind.rating': 'notă',
  'scores.measure': '{kind} {average} ({count})',
  'scores.team.none': 'Fără echipă',
  'home.scores.title': 'Cum te-au notat clienții pe care i-ai servit',
  'home.scores.line': '{client}: {kind} {score}, {date}',
  'home.overview.scores': 'Notele clienților pe echipe, ultimele {days} zile (medie, răspunsuri)',
  'home.overview.scores.line': '{team}: {measures}',
  'summary.scores.title': 'Notele date chiar de clienți, ultimele 30 de zile',
  'summary.scores.line': '{client}: {measures}; {compliments} laude în aceleași zile',
  // shell: a person's language
  'shell.as.locale': 'Acum ești {name}, iar Frontline îți vorbește în {language}.',
  'shell.locale.unknown':
    'Frontline vorbește en, ru, lt și ro: scrie, de exemplu, /as {name} --locale ro.',
  // the shell as a full adapter
  'shell.welcome':
    'Consola Frontline. Sunteți {name}. Tastați /help ca să vedeți ce puteți face, /quit ca să ieșiți.',
  'shell.unknownCommand':
    'Nu cunosc această comandă. Tastați /help pentru cele pe care le înțeleg.',
  'shell.help':
    'În consolă sunteți în #general cu Frontline. Puteți tasta:\n  /kudos …  dați kudos; ajutor cu /kudos help\n  /escalate  raportați un client abuziv (sau /escalate Client: ce s-a întâmplat); /escalate status, /escalate help\n  /steps N  raportul N cu pașii pe care îi poate face managerul\n  /do N cuvânt  un buton al mesajului N, așa cum e arătat sub el\n  /react :clap: N, /unreact :clap: N  reacționați la mesajul N din #general\n  /home  pagina dumneavoastră\n  /tick  rulați programul acum: rezumate, sinteza săptămânală, mementouri\n  /as NUME [--locale ro]  fiți altcineva (în limba sa)\n  /quit  ieșiți\nOrice altceva este un mesaj în #general: lipiți un e-mail redirecționat de la un client și încheiați-l cu o linie care conține doar un punct.',
  'shell.dm.waiting':
    '[Mesaj direct pentru {name}] Frontline i-a scris lui {name}: /as {name} îl citește.',
  'shell.thread': '[#{channel}, răspuns la {n}] Frontline',
  'shell.posted': '({n}) [#{channel}] {name} a postat acest mesaj.',
  'shell.reacted': 'Frontline a reacționat la {n} cu :{emoji}:.',
  'shell.form.start': '{title} (răspundeți la fiecare întrebare; /cancel pentru a renunța)',
  'shell.form.left': 'Ați renunțat la „{title}”: nu s-a trimis nimic.',
  'shell.form.required': 'Aici e nevoie de un răspuns.',
  'shell.form.people': 'Numiți oamenii cu @ și numele lor, de ex. @ana @ben.',
  'shell.form.choice': 'Tastați unul dintre numerele arătate.',
  'shell.form.keep': 'Enter păstrează: {value}',
  'shell.form.skip': 'Enter o sare.',
  'shell.steps.usage': 'Scrieți numărul raportului, de ex. /steps 1.',
  'shell.do.unknown':
    'Nu există un astfel de buton. Tastați /do, numărul mesajului și cuvântul butonului, așa cum sunt arătate sub mesaj, de ex. /do 3 take-over.',
  'shell.react.usage':
    'Scrieți un emoji și numărul unui mesaj din #general, de ex. /react :clap: 3.',
  'shell.react.takenBack':
    'Reacția dumneavoastră a fost retrasă, și kudos-ul dat de ea odată cu ea.',
  'shell.as.usage':
    'Scrieți un nume din litere, cifre, puncte, cratime sau liniuțe de subliniere, de ex. /as ana.',
  'shell.tick': 'Programul a rulat acum: {digests} rezumate făcute.',
  'shell.tick.noSummary':
    'Nu există încă un canal pentru sinteză: /kudos summary here face din #general unul.',
};
