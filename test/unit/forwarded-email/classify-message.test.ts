import fs from 'node:fs';
import path from 'node:path';
import {
  classifyMessage,
  detectLanguage,
  type TriageKind,
  type TriageLanguage,
} from '../../../src/core/forwarded-email/triage/classify-message';

const kindOf = (words: string, subject?: string) => classifyMessage(words, subject).kind;

describe('classifyMessage, language by language', () => {
  test.each<[TriageLanguage, TriageKind, string]>([
    ['en', 'compliment', 'Ana was fantastic on the phone today.'],
    ['en', 'compliment', 'Thank you so much, Priya, you were a great help with the customs forms.'],
    ['en', 'abusive', 'You incompetent idiots lost my parcel again.'],
    ['en', 'abusive', "I'll make sure you get fired for this."],
    ['en', 'abusive', 'What the f*** is wrong with your warehouse?'],
    ['en', 'neither', 'This is the third time the delivery is late, please fix it.'],
    ['en', 'neither', 'Please find the invoice attached. Thanks in advance.'],
    ['ru', 'compliment', 'Спасибо Ане за оперативность!'],
    ['ru', 'compliment', 'Водитель приехал вовремя и был очень вежлив, большое спасибо.'],
    ['ru', 'abusive', 'Я вас уничтожу.'],
    ['ru', 'abusive', 'Вы там совсем дебилы? Где накладная?'],
    ['ru', 'neither', 'Просим прислать акт сверки за второй квартал.'],
    ['lt', 'compliment', 'Labai ačiū, puikiai padirbėjote!'],
    ['lt', 'compliment', 'Dėkojame Rasai už kantrybę ir profesionalumą.'],
    ['lt', 'abusive', 'Debilai, kur mano siunta?'],
    ['lt', 'abusive', 'Pasirūpinsiu, kad jus atleistų iš darbo.'],
    ['lt', 'neither', 'Sąskaita pridėta, prašome apmokėti iki penktadienio.'],
    ['ro', 'compliment', 'Mulțumesc pentru ajutor, ați fost minunați!'],
    ['ro', 'compliment', 'Felicitări echipei de suport pentru răbdare.'],
    ['ro', 'abusive', 'Idioților, unde e coletul meu?'],
    ['ro', 'abusive', 'O să regretați, știu unde e biroul vostru.'],
    ['ro', 'neither', 'Vă trimit factura pentru luna aprilie.'],
  ])('%s: %s — %s', (language, kind, words) => {
    const got = classifyMessage(words);
    expect(got.kind).toBe(kind);
    expect(got.language).toBe(language);
    if (kind !== 'neither') expect(got.cues.length).toBeGreaterThan(0);
  });
});

describe('threats, curses and insults worded many ways', () => {
  test.each<[TriageLanguage, string]>([
    ['en', "I'll torch every one of your vans."],
    ['en', "Next time I'm putting a brick through your windscreen."],
    ['en', 'Are you brain damaged?'],
    ['en', 'Your accountant is a clown and a thief.'],
    ['en', 'Rot in hell, the lot of you.'],
    ['en', "I'll hunt you down."],
    ['ru', 'Я приеду и разнесу ваш офис к чертям.'],
    ['ru', 'Я вам все окна перебью.'],
    ['ru', 'Сожгу вашу контору.'],
    ['ru', 'Я вас найду.'],
    ['ru', 'Идите нахрен со своей поддержкой.'],
    ['ru', 'Чтоб вы сдохли.'],
    ['ru', 'Вы там все с головой не дружите?'],
    ['ru', 'Ваш курьер по**ал мою посылку.'],
    ['lt', 'Atvažiuosiu ir išdaužysiu jūsų biuro langus.'],
    ['lt', 'Aš jus surasiu, ir tada jums bus galas.'],
    ['lt', 'Eikit jūs velniop su savo taisyklėmis.'],
    ['lt', 'Jūs visi ten dauniai?'],
    ['ro', 'Vin și vă fac praf biroul.'],
    ['ro', 'Dacă nu plătiți, vă dau foc la depozit.'],
    ['ro', 'Duceți-vă în morții voștri.'],
    ['ro', 'Duceti-va in mortii vostri.'],
    ['ro', 'Lua-v-ar dracu de incompetenți.'],
    ['ro', 'Sunteți niște boi cu toții.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'abusive', language });
  });

  test.each([
    'Please issue a credit to our account. I will come by your office on Tuesday.',
    'Our spring campaign will kill the competition. The star on the proof is the wrong colour.',
    "Don't break your neck over it, Friday is fine.",
    'Just throw the lot out, none of it is usable.',
    'Your warehouse is full of rats, please call pest control.',
    'It took me ages to track you down. Is this the right address?',
    'Сегодня разнесу вашу оплату по счетам, а завтра найду вас на выставке.',
    'Я голову сломаю, пока разберусь с вашей инструкцией.',
    'Чтобы сервер не сгорел, поставьте ИБП.',
    'Батарейка сдохла, монтаж на высоте 12 метров перенесли. Вам конец месяца подходит?',
    'Kurjeris sudaužė vazą. Rytoj sudeginsiu diską ir atsiųsiu.',
    'Aš jus surasiu parodoje prie 12 stendo.',
    'Dėl vėlavimo viskas nuėjo velniop, bet suprantame.',
    'Vă fac o ofertă nouă, dar nu vă găsesc numărul în sistem.',
    'Duceți-vă la ghișeul 4 pentru ridicare. Ecranul a sosit crăpat.',
    'Veți plăti penalități de întârziere conform contractului.',
    'Voi acceptați câini în hotel?',
    'Hai valea Prahovei weekendul acesta.',
  ])('%s is neither', (words) => {
    expect(kindOf(words)).toBe('neither');
  });
});

describe('praise without the usual words', () => {
  test.each<[TriageLanguage, string]>([
    ['en', 'Kevin was a credit to your company.'],
    ['en', 'Mark went the extra mile for us yesterday.'],
    ['en', 'Dev is a wizard with spreadsheets.'],
    ['en', 'Priya in accounts is an absolute gem.'],
    ['ru', 'Спасибо, Игорь, вы просто волшебник.'],
    ['ru', 'Ольга — мастер своего дела, низкий ей поклон.'],
    ['ru', 'У Сергея золотые руки.'],
    ['ru', 'Сервис на высоте!'],
    ['lt', 'Jonas – tikras aukso rankų žmogus.'],
    ['lt', 'Ieva mus tiesiog išgelbėjo.'],
    ['ro', 'Domnul Ionescu are mâini de aur.'],
    ['ro', 'Multumesc, Ionut, esti un magician.'],
    ['ro', 'Ana ne-a scos din încurcătură.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'compliment', language });
  });
});

describe('veiled threats: no violent word, but home, children, following and what could happen', () => {
  test.each<[TriageLanguage, string]>([
    ['en', 'I know which gym your receptionist goes to after work.'],
    ['en', 'Not a threat, just a friendly reminder that I know where your engineer lives.'],
    ['en', 'Would be a pity if your wife had an accident.'],
    ['en', "I've been watching your receptionist every day."],
    ['en', "You can block my email all you want, I'll find another way."],
    ['ru', 'Я знаю, в какой садик ходит ваша дочка.'],
    ['ru', 'Жаль будет, если с вашей семьёй что-нибудь случится.'],
    ['ru', 'Я слежу за ней уже неделю.'],
    ['ru', 'Передайте ему: блокировать меня бесполезно.'],
    ['lt', 'Žinau, kur gyvena jūsų vadybininkė.'],
    ['lt', 'Būtų gaila, jei jūsų šeimai kas nors nutiktų.'],
    ['lt', 'Kiekvieną vakarą laukiu jos prie biuro. Blokuoti mane nėra prasmės.'],
    ['ro', 'Știu unde locuiește șoferul vostru.'],
    ['ro', 'Ar fi păcat să i se întâmple ceva colegei voastre.'],
    ['ro', 'Degeaba mă blocați, vă găsesc oricum.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'abusive', language });
  });

  test.each([
    'Please let me know where you live so the engineer can come on Monday.',
    'Our driver will wait outside her house until she signs for the parcel.',
    'Has anything happened to my order? It has not arrived.',
    'This is not a threat to our business, but the new tariff worries us.',
    'Blocking my card will not fix the fraud, please call me.',
    'Если с заказом что-то случится, сообщите нам.',
    'Если с вами что-то случится, кто подпишет акт?',
    'Я знаю, где ваш склад, приеду за товаром в понедельник.',
    'Jei jūsų siuntai kas nors nutiktų, praneškite.',
    'Žinome, kur jūsų biuras, atvažiuosime rytoj.',
    'Vă rog livrați la adresa de acasă.',
    'Știm unde e sediul, venim mâine la 10.',
  ])('%s is neither', (words) => {
    expect(kindOf(words)).toBe('neither');
  });
});

describe('sarcasm: praise beside a put-down is no praise', () => {
  test.each<[TriageLanguage, string]>([
    [
      'en',
      'Bravo, genius. Your technician managed to flood my kitchen. Do you hire your staff from a circus?',
    ],
    ['ru', 'Ну браво, ваш так называемый специалист опять всё сломал. Кого вы набираете, дураков?'],
    ['lt', 'Bravo, jūsų vadinamasis ekspertas vėl viską sugadino. Samdote žmones iš cirko?'],
    ['ro', 'Bravo, așa-zisul vostru expert a stricat tot. Angajați oameni cu creier!'],
  ])('%s: %s is abusive', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'abusive', language });
  });

  test('without a put-down, sarcastic praise is neither; sincere praise stays praise', () => {
    expect(kindOf('Well done, you finally managed to lose my parcel twice.')).toBe('neither');
    expect(kindOf('Well done Ana, you finally fixed the printer!')).toBe('compliment');
    expect(
      kindOf("Thank you so much, Ana! I couldn't even find the form and you sent it in a minute."),
    ).toBe('compliment');
  });
});

describe('slang intensifiers before praise are praise', () => {
  test.each<[TriageLanguage, string]>([
    ['en', 'Bloody fantastic job by Tariq, and damn quick too.'],
    ['ru', 'Чертовски хорошо сделано, спасибо Павлу.'],
    ['lt', 'Velniškai gerai padirbėjote, ačiū!'],
    ['ro', 'Al naibii de bine ați lucrat, mulțumim!'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'compliment', language });
  });

  test('elsewhere they are what they were', () => {
    expect(kindOf('Fucking useless, the lot of you.')).toBe('abusive');
    expect(kindOf('Охренели совсем?')).toBe('abusive');
    expect(kindOf('Bloody hell, the invoice is wrong again.')).toBe('neither');
  });
});

describe('praise for what someone did, without a word of praise', () => {
  test.each<[TriageLanguage, string]>([
    ['en', 'We were about to cancel, but Priya turned it around. We are staying because of her.'],
    ['en', 'Kate rescued our launch and made it happen.'],
    ['ru', 'Сергей вытащил нам квартал, огромное спасибо.'],
    ['ru', 'Продлеваем договор только благодаря ей.'],
    ['lt', 'Lukas ištraukė mus iš bėdos, ačiū jam.'],
    ['lt', 'Pratęsiame sutartį tik jos dėka.'],
    ['ro', 'Irina a întors situația, rămânem datorită ei.'],
    ['ro', 'Sorin a făcut minuni cu proiectul nostru.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'compliment', language });
  });

  test.each([
    'The delivery turned around at the border and came back to the depot.',
    "We're not renewing because of the price rise.",
    "If it wasn't for the snow we'd have had it by now.",
    'Datorită vremii, livrarea a întârziat.',
  ])('%s is not praise', (words) => {
    expect(kindOf(words)).not.toBe('compliment');
  });
});

describe('threats with ordinary verbs, stalking and put-downs without a swear word', () => {
  test.each<[TriageLanguage, string]>([
    ['en', "Next time I'll kick in every door of your depot."],
    ['en', 'Fix it by Friday or I will come round with the lads.'],
    ['en', "Someone should teach your fitter a lesson he won't forget."],
    ['en', "I've found her Instagram. She'll be hearing from me every day."],
    ['en', 'Tell your cashier to watch herself on the way home.'],
    ['en', 'Your agent has the IQ of a potato.'],
    ['en', 'That driver of yours is a pig.'],
    ['ru', 'Приеду к вам в офис с пацанами.'],
    ['ru', 'Ваш курьер ещё пожалеет, я его проучу.'],
    ['ru', 'Ваш менеджер глупее пробки.'],
    ['ru', 'Откуда вы таких берёте? Двух слов связать не может.'],
    ['lt', 'Atvažiuosiu su pacanais ir pasikalbėsim.'],
    ['lt', 'Išmušiu jūsų kurjeriui dantis.'],
    ['lt', 'Jūsų vadybininkas kvailesnis už bulvę.'],
    ['ro', 'Trec pe la sediu cu băieții.'],
    ['ro', 'Îl învăț eu minte pe curierul vostru.'],
    ['ro', 'Operatorul vostru e mai prost decât un bolovan.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'abusive', language });
  });

  test('a wink after a line about her door is a threat; a wink alone is not', () => {
    expect(kindOf("I know she finishes at six. I'll be waiting by the staff door ;)")).toBe(
      'abusive',
    );
    expect(kindOf('See you at the meeting ;)')).toBe('neither');
  });

  test.each([
    'Can your tutor teach him a lesson on fractions next week?',
    'Please send the courier for the stool sample; the pig iron can wait.',
    'Is the animal shelter on the bus route? I need a child ticket for my twelve-year-old.',
    "I'll come with two colleagues from IT to the meeting.",
    'I know she leaves at five, so could someone else call me after that?',
    'Приеду в четверг с ребятами из бухгалтерии на сверку.',
    'Нужно только мыть полы раз в неделю, сколько стоит?',
    'Pamokysiu jus, kaip užpildyti formą.',
    'Vin sâmbătă cu băieții mei să ridicăm dulapul.',
  ])('ordinary: %s', (words) => {
    expect(kindOf(words)).toBe('neither');
  });
});

describe('thanks that praise no one', () => {
  test.each([
    'Thanks for the lightning speed. Three weeks later my refund still has not arrived.',
    "Thanks for the 'excellent' service.",
    'Спасибо за «отличный» сервис.',
    'Спасибо огромное за отличный сервис, заявка висит уже три недели.',
    'Labai ačiū už puikų aptarnavimą, siuntos vis dar nėra.',
    'Mulțumesc frumos pentru serviciul excelent, coletul tot nu a ajuns.',
  ])('sarcasm: %s', (words) => {
    expect(kindOf(words)).toBe('neither');
  });

  test.each([
    'Could you confirm the delivery date?\n\nMany thanks,\nA. Okafor',
    'Подскажите, пожалуйста, сроки?\nБольшое спасибо!',
    'Ar galite atsiųsti sąskaitą?\nLabai ačiū',
    'Puteți confirma data livrării?\nMulțumesc mult,\nIoana',
  ])('a sign-off after a question: %s', (words) => {
    expect(kindOf(words)).toBe('neither');
  });

  test('thanks before a question, or with praise, still count', () => {
    expect(kindOf('Thank you so much! Can we book you again next month?')).toBe('compliment');
    expect(kindOf('Ana was fantastic. Could you pass on our thanks?')).toBe('compliment');
  });
});

describe('praise in slang, happy tears and thanks passed on', () => {
  test.each<[TriageLanguage, string]>([
    ['en', 'Sam absolutely nailed it today, proper sound bloke.'],
    ['en', "The gift wrapping was chef's kiss."],
    ['en', 'My dad cried happy tears when he opened the parcel.'],
    ['en', 'Please pass on my thanks to Lena.'],
    ['ru', 'Передайте Наталье спасибо, очень выручила.'],
    ['ru', 'Мама плакала от счастья.'],
    ['lt', 'Perduokite Dovilei mano ačiū.'],
    ['ro', 'Transmiteți-i Biancăi mulțumirile mele.'],
    ['ro', 'Marius e un om de treabă.'],
  ])('%s: %s', (language, words) => {
    expect(classifyMessage(words)).toMatchObject({ kind: 'compliment', language });
  });
});

describe('"the devil knows" curses no one', () => {
  test.each([
    'God knows where the invoice went.',
    'Чёрт знает, где накладная.',
    'Velniai žino, kur dingo siunta.',
    "Dracu' știe pe unde a umblat coletul.",
  ])('%s', (words) => {
    expect(kindOf(words)).toBe('neither');
  });
});

describe('traps: ordinary words that look like profanity', () => {
  test.each([
    'Please send the pallet to our Scunthorpe warehouse.',
    'The assessment of the first class of goods is attached.',
    'Is the shitake risotto gluten-free?',
    'Упаковка стала хуже, чем в прошлом году.',
    'В акте 3 рубля 40 копеек, а выгрузка с корабля в понедельник.',
    'Застрахуйте, пожалуйста, груз и не употребляйте сокращения в накладной.',
    'В партии бруса много сучков, сучковатые доски верните; без сучка не бывает, но не столько.',
    'Koks geriausias būdas atsiųsti dokumentus?',
    'Sudarėme sutartį, atnaujinkite kalendorių iki Kalėdų; durys bus atrakintos.',
    'Studiul despre populația urbană și manipularea coletelor e gata.',
    'Scula de montaj și puloverele au ajuns cu curierul; pizza e fără gluten.',
    'Coletul a fost ambalat prost și a ajuns spart.',
  ])('%s is neither', (words) => {
    expect(kindOf(words)).toBe('neither');
  });

  test('the same words are praise where they praise', () => {
    expect(kindOf('Geriausias aptarnavimas, ačiū administratorei!')).toBe('compliment');
    expect(kindOf('Puikus darbas, komanda!')).toBe('compliment');
  });
});

describe('negation', () => {
  test.each([
    'The support was not helpful at all.',
    'Поддержка работает не очень хорошо.',
    'Ne visai gerai veikia nauja versija.',
    'Suportul nu a fost deloc util.',
  ])('%s is not praise', (words) => {
    expect(kindOf(words)).toBe('neither');
  });
});

describe('spelling', () => {
  test('Romanian and Lithuanian without diacritics, and both forms of ș and ț', () => {
    for (const words of [
      'Mulțumesc mult, ați fost minunați!',
      'Mulţumesc mult, aţi fost minunaţi!',
      'Multumesc mult, ati fost minunati!',
    ]) {
      expect(classifyMessage(words)).toMatchObject({ kind: 'compliment', language: 'ro' });
    }
    expect(classifyMessage('Labai aciu, puikiai padirbejote!')).toMatchObject({
      kind: 'compliment',
      language: 'lt',
    });
    expect(classifyMessage('Sunteti niste tampiti!').kind).toBe('abusive');
  });

  test('Russian ё and е are one letter', () => {
    expect(classifyMessage('Спасибо, всё чётко, вы молодцы')).toEqual(
      classifyMessage('Спасибо, все четко, вы молодцы'),
    );
  });

  test('case does not matter', () => {
    expect(kindOf('YOU INCOMPETENT IDIOTS')).toBe('abusive');
    expect(kindOf('ДЕБИЛЫ')).toBe('abusive');
  });
});

describe('Cyrillic word boundaries', () => {
  test('a cue is a whole word, wherever the punctuation', () => {
    expect(kindOf('«Дебилы»!')).toBe('abusive');
    expect(kindOf('Бля, опять?')).toBe('abusive');
    expect(kindOf('Сломалось—бля—опять')).toBe('abusive');
  });

  test('never a piece of a longer word', () => {
    expect(
      kindOf('Оскорблять никого не хочу, но употреблять такие формулировки в договоре нельзя.'),
    ).toBe('neither');
    expect(kindOf('Мудрое решение, коллеги.')).not.toBe('abusive');
  });
});

describe('mixed signals', () => {
  test('abuse outweighs praise: sarcastic thanks with an insult is abusive', () => {
    expect(kindOf('Thanks for nothing, you idiots.')).toBe('abusive');
    expect(kindOf('Спасибо за ничего, придурки.')).toBe('abusive');
  });

  test('praise before "but" counts half; praise after it counts', () => {
    expect(kindOf('Great job on the redesign, but the invoice is still wrong.')).toBe('neither');
    expect(kindOf('The delivery was late, but Ana was fantastic and kept us posted.')).toBe(
      'compliment',
    );
  });

  test('a firm complaint is not abuse', () => {
    expect(
      kindOf(
        'This is unacceptable. If the replacement is not here by Friday we will file a chargeback.',
      ),
    ).toBe('neither');
  });

  test('an auto-reply is never a compliment', () => {
    const got = classifyMessage(
      'I am out of office until Monday. Thank you so much for your email, it is much appreciated.',
      'Automatic reply: invoice 2231',
    );
    expect(got.kind).toBe('neither');
    expect(got.cues).toContain('auto-reply');
  });

  test('the subject counts with the words', () => {
    expect(kindOf('Ana sorted it out in ten minutes.', 'Thank you so much!')).toBe('compliment');
  });
});

describe('confidence', () => {
  test('is between 0 and 1 and grows with the cues found', () => {
    const one = classifyMessage('You idiots.');
    const more = classifyMessage('You idiots, I will make sure you get fired, watch your back.');
    expect(one.confidence).toBeGreaterThan(0);
    expect(more.confidence).toBeGreaterThan(one.confidence);
    expect(more.confidence).toBeLessThanOrEqual(1);
  });

  test('for neither, is lower when cues were found but not enough, and for unknown languages', () => {
    const plain = classifyMessage('Please send the invoice.');
    const almost = classifyMessage('Thanks, please send the invoice.');
    const german = classifyMessage('Bitte schicken Sie die Rechnung.');
    expect(plain.kind).toBe('neither');
    expect(almost.kind).toBe('neither');
    expect(almost.confidence).toBeLessThan(plain.confidence);
    expect(german).toMatchObject({ kind: 'neither', language: undefined });
    expect(german.confidence).toBeLessThan(plain.confidence);
  });
});

describe('detectLanguage', () => {
  test.each<[string, TriageLanguage | undefined]>([
    ['Hello, could you please send the invoice?', 'en'],
    ['Здравствуйте, пришлите счёт, пожалуйста.', 'ru'],
    ['Laba diena, prašome atsiųsti sąskaitą.', 'lt'],
    ['Laba diena, prasome atsiusti saskaita.', 'lt'],
    ['Bună ziua, vă rog să trimiteți factura.', 'ro'],
    ['Buna ziua, va rog sa trimiteti factura.', 'ro'],
    ['Bitte schicken Sie uns die Rechnung.', undefined],
    ['Дякую, надішліть рахунок, будь ласка.', undefined],
    ['', undefined],
  ])('%s → %s', (words, language) => {
    expect(detectLanguage(words)).toBe(language);
  });
});

interface Item {
  id: string;
  language: TriageLanguage;
  kind: TriageKind;
  text: string;
}

describe('the labelled set', () => {
  const file = path.resolve(__dirname, '..', '..', 'fixtures', 'triage', 'labelled.jsonl');
  const items = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Item);
  const outcomes = items.map((item) => ({ item, got: classifyMessage(item.text).kind }));

  test('has at least 60 messages a language, about a third of each kind', () => {
    for (const language of ['en', 'ru', 'lt', 'ro']) {
      const ofLanguage = items.filter((i) => i.language === language);
      expect(ofLanguage.length).toBeGreaterThanOrEqual(60);
      for (const kind of ['compliment', 'abusive', 'neither']) {
        const share = ofLanguage.filter((i) => i.kind === kind).length / ofLanguage.length;
        expect(share).toBeGreaterThan(0.25);
      }
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  test.each(['en', 'ru', 'lt', 'ro', 'all'])('meets the targets: %s', (language) => {
    const group = outcomes.filter((o) => language === 'all' || o.item.language === language);
    const precision = (kind: TriageKind) => {
      const predicted = group.filter((o) => o.got === kind);
      return predicted.filter((o) => o.item.kind === kind).length / predicted.length;
    };
    const recall = (kind: TriageKind) => {
      const actual = group.filter((o) => o.item.kind === kind);
      return actual.filter((o) => o.got === kind).length / actual.length;
    };
    expect(precision('compliment')).toBeGreaterThanOrEqual(0.9);
    expect(recall('abusive')).toBeGreaterThanOrEqual(0.9);
    expect(precision('abusive')).toBeGreaterThanOrEqual(0.8);
  });
});
