import type { Lexicon } from '../classify-message';

// Addressing the reader: "jūs visi ...", "tu ...".
const YOU = 'jūs|jus|tu|esate|esat|esi';
// Questions words after "bet" make it "any" ("bet kada": any time), not "but".
const ANY = 'kada|kas|koks|kokia|kokį|kokiu|kokie|kokios|kur|kaip|kuris|kuri|kuo|kam|ką|kokią';
// Violence in the first person future (-siu, -sim, -sime): a threat whatever the object.
const WRECK =
  'sudaužysiu|sudaužysim|sudaužysime|išdaužysiu|išdaužysim|išdaužysime|sumušiu|sumušim|sumušime|primušiu|primušim|užmušiu|užmušim|užmušime|nudėsiu|nudėsim|nužudysiu|nužudysim|nužudysime|papjausiu|pasmaugsiu|sutrypsiu|sutrypsim|sutraiškysiu|susprogdinsiu|susprogdinsim|padegsiu|padegsim|padegsime|sudraskysiu|sudraskysim|išdarkysiu|sumalsiu|sumalsim|suvarysiu|iškaršiu|prikulsiu|apdaužysiu|apdaužysim';
// ... and ones that are a threat only when aimed at the reader.
const RUIN =
  'sugriausiu|sugriausim|sužlugdysiu|sužlugdysim|sunaikinsiu|sunaikinsim|sunaikinsime|pražudysiu';
const YOURS = 'jus|tave|jūsų|jusu|tavo|jūs|visus|jumis';
const BONES =
  'kaulus|kojas|rankas|sprandą|nosį|dantis|dantį|akis|akį|galvą|žandikaulį|šonkaulius|pirštus|veidą|snukį|marmūzę|kaukolę';
// Someone at the company, as a client names them: "jūsų krovėjas".
const STAFF =
  'vairuotojas|vairuotoja|kurjeris|kurjerė|krovėjas|vadybininkas|vadybininkė|operatorius|operatorė|konsultantas|konsultantė|meistras|darbuotojas|darbuotoja|kasininkė|kasininkas|administratorė|administratorius|direktorius|direktorė|vadovas|vadovė|technikas|montuotojas|specialistas|specialistė|pardavėjas|pardavėja|buhalteris|buhalterė|padavėjas|padavėja|taksistas|apsauginis|sandėlininkas|santechnikas|elektrikas|treneris|trenerė|agentas|agentė|sekretorė|vaikinas|mergina|moteris|vyras';
// ... and whom a client would rather they hired (accusative plural): "tokius darbuotojus".
const STAFF_MANY =
  'darbuotojus|darbuotojas|žmones|specialistus|specialistes|vadybininkus|vadybininkes|operatorius|operatores|kurjerius|vairuotojus|konsultantus|konsultantes|meistrus|kasininkes';
// Beasts a person is called: "tikras galvijas"; and, to whom: "pasakykit tai kiaulei".
const BEAST =
  'gyvulys|kiaulė|galvijas|beždžionė|asilas|karvė|žiurkė|gyvatė|šuo|kuilys|paršas|avinas|ožys|stuobrys|gorila|bestija|tarakonas';
const TO_BEAST =
  'kiaulei|gyvuliui|galvijui|beždžionei|asilui|karvei|žiurkei|paršui|avinui|ožiui|kuiliui|stuobriui';
// Things with no wits, to which someone is likened: "kvailesnis už taburetę".
const DULL =
  'taburet*|kėd*|kalad*|bulv*|kelm*|rankenėl*|rąst*|plyt*|pliausk*|žuvyt*|kopūst*|ridik*|šluot*|akmen*|pagal*|grybą|grybo|agurk*|moliūg*|batą|bato|durų';
// Children a grown-up is likened to: "balsas kaip darželinuko".
const CHILD =
  'vaik*|mokinuk*|dvylikamet*|paaugl*|mažamet*|penkiamet*|darželinuk*|pirmok*|penktok*|kūdik*|moksleiv*|mergaitės|mergaitė|berniuko|berniukas';
// Where a stalker finds someone.
const PLATFORMS = 'instagram*|insta*|feisbuk*|facebook*|fb|tiktok*|linkedin*|socialin*|feis*';
const SOCIALS = `${PLATFORMS}|profil*|paskyr*|puslap*`;
// Coming, in the first person, and with whom: "atvažiuosiu su vyrais".
const COME =
  'atvažiuosiu|atvažiuosim|atvažiuosime|ateisiu|ateisim|ateisime|atvyksiu|atvyksim|užsuksiu|užsuksim|užeisiu|užeisim|grįšiu|grįšim|atlėksiu|atlėksim|atsivesiu|atsivešiu|atvešiu';
const GANG =
  'pacanais|pacanų|chebra|draugeliais|broliukais|bičiuliais|bernais|bernužėliais|vyručiais|bachūrais|bratanais';
// Where a client sends someone: "eikit velniop", "nešdinkitės po velnių".
const GO =
  'eik|eikit|eikite|keliauk|keliaukit|keliaukite|nešdinkis|nešdinkitės|nešdinkites|dink|dinkit|dinkite|varyk|varykit|varykite|marš|lėk|lėkit|šliaužk|šliaužkit';
const AWAY =
  'velniop|velniais|velnių|nachui|nachuj|nahui|šikt|šikti|subinėn|šiknon|pašiktu|pašikt|peklon|pragaran|pragarą|galais|pievon|šunims|nafig|pizdon|pyzdon';

// Those close to someone, whom a veiled threat names (dative: "jo vaikams").
const KIN =
  'šeimai|vaikams|vaikui|žmonai|vyrui|artimiesiems|darbuotojams|sūnui|dukrai|dukteriai|mamai|tėvams|anūkams|kolegoms';
// Whom a client has found out about, in the genitive: "jūsų meistro adresą".
const STAFF_OF =
  'meistro|kurjerio|vadybininko|vadybininkės|darbuotojo|darbuotojos|direktoriaus|direktorės|vairuotojo|techniko|specialisto|specialistės|buhalterio|buhalterės|kasininkės|kasininko|konsultanto|konsultantės|inžinieriaus|administratorės|administratoriaus|montuotojo|sekretorės|vadovo|vadovės';
// "Būtų gaila, jei jums kas nors nutiktų": a regret, someone, and something befalling them.
const REGRET = 'gaila|nesinorėtų|nenorėčiau|nenorėtume|nenorėtumėm|blogai|liūdna';
const HAPPEN = 'kas|kažkas|kažkam|kam nors? nutiktų|atsitiktų|nutiks|atsitiks|nutiko';
// Verbs of staying a client: "sutartį pratęsiame jos dėka".
const STAY =
  'pratęsiame|pratęsėme|pratęsim|pratęsime|liekame|likome|liksime|pasiliekame|pasilikome|grįžome|grįžtame|tęsiame|tęsime|pasirašėme|pasirašome';

export const lt: Lexicon = {
  language: 'lt',
  markers: [
    'ir',
    'kad',
    'yra',
    'bet',
    'jūs',
    'jus',
    'mes',
    'labai',
    'ačiū',
    'aciu',
    'su',
    'dėl',
    'ne',
    'kaip',
    'ar',
    'buvo',
    'jau',
    'tai',
    'šis',
    'prašome',
    'prasome',
    'prašau',
    'laba',
    'diena',
    'dėkoju',
    'dekoju',
    'mūsų',
    'musu',
    'jūsų',
    'jusu',
    'nes',
    'kai',
    'iki',
    'už',
    'uz',
    'kur',
    'mano',
    'kiek',
    'galima',
    'vėl',
    'vel',
    'nėra',
    'nera',
    'sveiki',
    'labas',
    'pagarbiai',
    'kas',
    'per',
    'jei',
    'dar',
    'visi',
    'tik',
    'į',
    'koks',
    'kokia',
    'jums',
    'mums',
    'man',
    'jis',
    'ji',
    'jie',
    'nuo',
    'apie',
    'čia',
    'dabar',
    'kodėl',
    'kada',
    'būtų',
    'bus',
    'kitą',
    'kartą',
  ],
  negators: ['ne', 'nei', 'nė', 'nebuvo', 'nėra', 'nera', 'niekada', 'nelabai', 'be'],
  contrasts: [`bet !${ANY}`, 'tačiau', 'deja'],
  neutral: [
    'ačiū|dėkoju|dėkojame iš anksto',
    'iš anksto ačiū|dėkoju|dėkojame',
    'ačiū|dėkoju|dėkojame už laišką|atsakymą|informaciją|užsakymą|supratingumą|žinutę|skambutį|užklausą|pirkinį|rezervaciją|mokėjimą|klausimą|bendradarbiavimą',
    'būtų|bus gerai|puiku|nuostabu|malonu',
    'geros|gražios|puikios|malonios dienos|savaitės|savaitgalio',
    'geriausi|geriausių linkėjimai|linkėjimų',
    'su geriausiais linkėjimais',
    'geriausias|geriausia|geriausią|geriausio laikas|laiką|būdas|būdą|variantas|variantą|kaina|kainą|sprendimas|sprendimą|maršrutas',
    'maloniai prašome|prašau|kviečiame',
    'ačiū už nieką',
    // "Puiku, ačiū!" acknowledges; it praises no one.
    '^ puiku|super|nuostabu|šaunu ačiū|dėkoju|dėkui $',
    '^ puiku $',
  ],
  harmless: [
    'nežinau|nežinome kur',
    // "Velniai žino, kur dingo sąskaita": no one is cursed.
    'velniai|velnias|dievas|dievai|šėtonas|bala|perkūnas|kas jį|ją|juos|jas? žino|težino|žinot|supras',
  ],
  intensifiers: [
    'velniškai|baisiai|siaubingai|beprotiškai|pasiutusiai|žiauriai|prakeiktai|pragariškai|nerealiai|nenormaliai|biesiškai|velnioniškai|neįtikėtinai|mega',
  ],
  irony: [
    'vadinamasis|vadinamoji|vadinamieji|vadinamąjį|vadinamąją|vadinamojo|vadinamosios|vadinamųjų',
    'taip vadinamas|vadinama|vadinami|vadinamą|vadinamo',
    'pagaliau išmoko|išmokote|išmokai|sugebėjo|sugebėjote|susiprato|susipratote|prisiminė|prisiminėte|teikėsi|teikėtės',
    'teikėsi|teikėtės|malonėjo|malonėjote',
    'net .. nesugebėjo|nesugebėjote|nesugebėjai|nesugeba|neįjungė|neįjungėte|nemoka|nemokėjo|nemokate|nemokėjote|nerado|neradote|nesuprato|nesupratote|nežinojo|nežinojote',
    'sugebėjo|sugebėjote|sugebėjai pamesti|sugadinti|pamiršti|supainioti|sulaužyti|prarasti|ištrinti|užlieti|sudaužyti',
  ],
  thanks: ['ačiū', 'dėkui', 'dėkoj*', 'padėkot*', 'dėkingi|dėkinga|dėkingas'],
  complaints: [
    'vis dar ne*|laukiu|laukiame|nieko',
    'iki šiol ne*|laukiu|laukiame|nieko',
    'vėl vėluoja|vėlavo|neatvyko|nepristatė|sugedo|neveikia|nuskaičiavo|atšaukė|pamiršo|pametė|nukėlė|ne*',
    'po|jau|beveik|net|praėjo dviejų|trijų|keturių|penkių|šešių|kelių|2|3|4|5|6 savaičių|mėnesių',
    'po|jau|beveik|net|praėjo mėnesio|pusmečio|mėnuo',
    'jau|beveik|ištisą|visą|net antrą|trečią|ketvirtą|penktą savaitę|mėnesį',
    'antrą|trečią|ketvirtą|penktą|dešimtą|kelintą kartą',
    'niekas neatsakė|nepaskambino|neatvyko|nesusisiekė|neatsiliepė',
  ],
  requests: [
    'prašau|prašome',
    'ar galite|galėtumėte|galėtumėt|galima',
    'gal galite|galėtumėte|galėtumėt|galima',
    'atsiųskite|praneškite|patikrinkite|paskambinkite|atsakykite|patvirtinkite|nurodykite',
  ],
  signoffs: [
    '^ labai|didelis|nuoširdus|nuoširdžiai|dar|iš ačiū|dėkoju|dėkui|dėkojame $',
    '^ ačiū|dėkoju|dėkui|dėkojame jums? labai|iš? anksto? $',
  ],
  automatic: [
    'automatinis atsakymas|pranešimas',
    'automatiškai sugeneruotas|išsiųstas',
    'sugeneruotas|išsiųstas automatiškai',
    'neatsakykite',
    'į šį laišką neatsakykite',
    'nebūsiu darbe|biure',
    'atostogauju',
  ],
  praise: [
    [
      1.5,
      [
        'šaunuol*',
        'šaunu',
        'šauniai',
        `${YOU} visi? esate? geriausi|geriausia|geriausias|nuostabūs|nuostabi|puikūs|puiki|šaunūs|super`,
        'norime|noriu|norėčiau|norėtume .. padėkoti|pagirti',
        // Thanks sent to someone: "perduokite jai mano ačiū".
        'perduokite|perduok|perduosite|perduoti|perduokit .. ačiū|padėką|padėkas|padėkos|dėkingumą|linkėjimus|pagarbą|nuoširdų',
        'tikras|tikra|tikri profesional*|meistras|meistrė|stebukladar*|burtinink*|genij*|gelbėtoj*|angel*|heroj*|virtuoz*|auksas|lobis|asas|žinov*|ekspert*',
        `${YOU}|tiesiog|buvo visi? tikras|tikra|tikri? stebukladar*|burtinink*|genij*|gelbėtoj*|angel*|heroj*|virtuoz*|auksas|lobis|asas`,
        // "Aukso rankos", "aukso rankų meistras".
        'aukso|auksinės|auksines rankos|rankas|rankų|rankomis|rankom',
        'aukso|auksinis|auksinė|auksinio|auksinę žmogus|žmogų|žmonės|darbuotojas|darbuotoja|širdis|širdies|specialistas|specialistė',
        'savo srities|darbo|amato profesional*|meistr*|specialist*|žinov*|ekspert*|asas|virtuoz*|fanatik*',
        'išgelbėjo|išgelbėjote|išgelbėjot|išgelbėjai|gelbėjote|gelbėjot|išgelbsti|gelbstate|gelbsti',
        'lenkiu|lenkiame|nulenkiu|nulenkiame galvą|kepurę|kepures',
        'niekada|nė|nei karto? nenuvylė|nenuvylėte|nenuvylei|nenuvilia|nenuviliate',
        'verta|vertas|verti|verta pagyrimo|pagyrimų|premijos|medalio|paaukštinimo',
        'daugiau tokių|tokiu darbuotojų|specialistų|žmonių',
        'nieko nebuvo|nėra per sunku',
      ],
    ],
    [
      1,
      [
        'puik*',
        'nuostab*',
        'profesional*',
        'pagirt*',
        'žaviuos*',
        'dėkingi|dėkinga|dėkingas',
        'rekomenduosiu|rekomenduoju',
        'aukščiausio|aukščiausią lygio|lygį',
        'nepriekaištin*',
        'be priekaištų',
        'pagyrim*',
        'pagiriu|giriu|giriame',
        'sužavėj*|sužavėt*',
        'stebukladar*|burtinink*',
      ],
    ],
    [
      0.75,
      [
        'dėkoj*',
        'padėkot*',
        'padėkoj*',
        'geriaus*',
        'kantr*',
        'malon*',
        'mandag*',
        'paslaugi|paslaugus|paslaugūs|paslaugios|paslaugiai',
        'operatyv*',
        'patenkint*',
        'super',
        'padėjo|padėjote|padėjai',
        'naudingos|naudinga|naudingi|naudingas',
        'džiaugiamės|džiaugiuosi',
        'džiugina|nudžiugino|pradžiugino',
        'pasisekė|pasiseka su',
      ],
    ],
    [
      0.5,
      [
        'ačiū',
        'dėkui',
        // Thanks made stronger.
        'labai|nuoširdžiai|nuoširdus|nuoširdų|didelis|didelį|ypatingas|ypatingai ačiū|dėkoju|dėkojame|dėkui',
        'ačiū|dėkoju jums? labai|nuoširdžiai',
        'sutvarkė|sutvarkėte|sutvarkei',
        'išsprendė|išsprendėte',
      ],
    ],
    [
      // What someone achieved for the client, said without a word of praise.
      1.5,
      [
        'ištraukė|ištraukėte|ištraukei|ištempė|ištempėte|ištempei mus|mūsų|projektą|situaciją|paleidimą|užsakymą|sandorį|renginį|pristatymą',
        'ištraukė|ištraukėte|ištraukei|ištempė|ištempėte|ištempei .. iš bėdos|duobės|balos|keblumų|ugnies|liūno|aklavietės',
        'apvertė|apvertėte|apvertei|pasuko|pasukote|pasukai|ištaisė|ištaisėte|išgelbėjo|išgelbėjote situaciją|padėtį',
        'padarė|padarėte|padarei neįmanom*|stebuklą|stebuklus',
        `${STAY} .. dėl jo|jos|jūsų|tavęs|jų`,
        `${STAY} .. jo|jos|jūsų|tavo|jų dėka`,
      ],
    ],
    [
      1,
      [
        'jo|jos|jūsų|tavo|jų dėka',
        'tiesiog|tikra|tikras bomba|ugnis|kosmosas',
        'tikra|tiesiog|gyva|gyvas legenda|legendinis|legendinė',
        'tiesiog mašina|raketa|žvėris',
        'respektas|respekt',
        // Happy tears.
        'iš džiaugsmo|laimės',
        'džiaugsmo|laimės ašaros|ašarom|ašaromis|ašarų',
        'susigraudino|susigraudinau iki ašarų',
      ],
    ],
    [
      0.75,
      [
        `${STAY} su jumis? .. dėl|dėka`,
        'geras|gera|gerą|šaunus|šauni|šaunų|šaunią darbas|darbą|specialistas|specialistė|specialistą|meistras|meistrė|darbuotojas|darbuotoja|aptarnavimas|aptarnavimą|žmogus',
        'šaunus|šauni|šaunūs|šaunios',
      ],
    ],
    [
      // Words that praise only next to other praise.
      0.25,
      [
        'pagalb*',
        'greit*',
        'kokybišk*',
        'sklandž*',
        'aiškūs|aiškiai|aiškus|aiški',
        'tiksl*',
        'gerai',
        'geras|gera|gerą',
        'laiku',
        'padirbėj*',
      ],
    ],
  ],
  abuse: [
    [
      2,
      [
        // Insults.
        'debil*',
        'idiot*',
        'kretin*',
        'imbecil*',
        'kvailys|kvaily|kvailiai|kvailių|kvailiams|kvailiu',
        'durn*',
        'bukagalv*',
        'bukaprot*',
        'išsigimėl*',
        'padugn*',
        'šunsnuk*',
        'smirdal*',
        'kekš*',
        'rupūžė|rupūžės|rupūže',
        'asil*',
        'kalė|kalės|kale|kales|kalyte|kalytė',
        'bybi*',
        'byby*',
        'pyzd*',
        'pyzda',
        'kurva|kurvos|kurvų|kurwa',
        'šikna|šiknos|šikną|šiknius|šikniai|šiknių|šiknė',
        'šūdžius',
        'užsikimšk*',
        'užsičiaupk*',
        'nachui|nachuj|nahui|nachuji|nachiui',
        'pyderas|pyderai|pyderi',
        'eik|eikit|eikite šikt|šikti|velniop|nachui',
        'eik|eikit|eikite po velnių|velniais',
        `${GO} jūs|jus|tu|visi? po velnių|galais|šimts|šimtais`,
        `${YOU} .. kiaulės|kiaulė|galvijai|gyvuliai|vagys|sukčiai|melagiai|aferistai|avinai|avinas|karvė|šunys|žiurkės|parazitai|beždžionės|avys|asilai|tarakonai|utėlės|bestijos|žvėrys|banda|idiotai|debilai|dauniai|bukagalviai|kvailiai|durniai|nenormalūs|nenormalus|nenormali|nenormalios`,
        // Threats and intimidation.
        'pasirūpinsiu|pasirūpinsim|pasirūpinsime|pasistengsiu .. atleist*|atleis*|atleidžiamas|atleistų',
        'pasigailėsit|pasigailėsite|pasigailėsi|gailėsitės|gailėsites|gailėsiesi|gailėsis',
        // Veiled threats: where someone lives, their children, what could happen to them.
        'žinau|žinome|sužinojau|sužinojome|žinoma|žinomas|žinomi|radau|išsiaiškinau kur|kurį|kurią|kokį|kokią|kokioje|kuriame|kuriam|kokiu|į .. gyveni|gyvenate|gyvena|gyvenat|gyvenantis|darželį|darželis|darželyje|mokyklą|mokykla|mokykloje|važinėjate|važinėji|važinėja|vairuoja|vaikai|vaikus|šeima|šeimą|namai|namus',
        'kurią|kokią|kurį|kokį|kurioje|kokioje mokyklą|darželį|mokykla|darželis|mokykloje|darželyje|būrelį .. eina|lanko|vaikšto|veda|vedate|vaikai|vaikas|sūnus|dukra|sūnų|dukrą|mokosi',
        'turiu|žinau|žinome|sužinojau|radau|gavau|turime .. namų adresą|adresus|adresas',
        'stebiu|sekiu|seku|sekioju|stebėjau|sekiau|sekiojau|persekioju|persekiojau ją|jį|tave',
        'ką|kas|žmogų|žmones|darbuotoją|darbuotojus|specialistą nors? su smegenimis|smegenim|smegenų',
        'lėlė|lėlę|lėlės|lėlytė|lėlytę|lėlyte|barbė|barbę|barbės|manekeną|manekenas|manekenė|manekenę|blondinę|blondinė|blondinės iš|prie|nuo|už registratūr*|priimam*|recepcij*|kasos|stalo|stalelio|telefono',
        'samdote|įdarbinate|renkate|priimate|priėmėte|pasamdėte|renkatės .. iš zoologijos|zoologinio|cirko|beprotnamio|zoo',
      ],
    ],
    [
      1.5,
      [
        `turiu|žinau|sužinojau|radau|gavau jūsų|tavo|jo|jos ${STAFF_OF} adresą|adresus`,
        `${REGRET} .. kad|jei|jeigu jums|tau|jam|jai|jiems .. ${HAPPEN}`,
        `${REGRET} .. kad|jei|jeigu jūsų|tavo|jo|jos|jų ${KIN} .. ${HAPPEN}`,
        'persekioju|persekiojau|persekiosiu',
        'blokuoti|užblokuoti|blokuokite|užblokuosite|blokuodami|blokuosit|blokuosite mane|manęs|mano? .. beprasmiška|beprasmiškai|beprasmis|neverta|nepadės|nėra|nieko',
        'žmogų|žmones|darbuotoją|darbuotojus|specialistą|ką nors? su protu|galva',
      ],
    ],
    [
      1,
      [
        'žinau kur .. jūsų|tavo|dirbi|dirbate|dirba',
        'keisti|pakeisti|keiskite numerį|telefoną .. beprasmiška|neverta|nepadės|nėra',
        'tegul|tegu .. nebėga|nesislepia|nepabėga|bėga|slepiasi',
      ],
    ],
    [
      0.75,
      [
        'kiekvieną|kasdien dieną|vakarą|rytą|naktį? .. matau|stebiu|palydžiu|lydžiu|laukiu|sekioju',
        'matau|stebiu|mačiau kaip jūsų|ji|jis|tavo .. išeina|ateina|grįžta|eina|sėda|išvažiuoja|išeidavo|išėjo',
        'palydžiu|palydėjau|lydžiu|lydėjau|sekiau|seku jūsų|ją|jį .. iki|namo|į',
        'negrasinu|negrasiname|negrasinau',
        `kad|jei|jeigu jums|tau|jam|jai|jiems .. ${HAPPEN}`,
        `kad|jei|jeigu jūsų|tavo|jo|jos|jų ${KIN} .. ${HAPPEN}`,
        'ne|nėra grasinimas',
        // Stalking: her profile found, every day, a wink after.
        `radau|susiradau|suradau|susiradome|radome|aptikau|žinau .. jos|jo|jų ${SOCIALS}`,
        `radau|susiradau|suradau|susiradome|radome|aptikau .. ${PLATFORMS}`,
        'rašysiu|skambinsiu|lauksiu|ateisiu|rašinėsiu|skambinėsiu|lankysiu|siųsiu|atvažiuosiu .. kasdien|kiekvieną|nuolat',
        'žinau|žinome|sužinojau|pastebėjau kad? ji|jis|jūsų .. dirba|baigia|išeina|uždaro|rakina|grįžta|eina|parkuojasi',
        'pasitiksiu|pasitiksim|palauksiu|palauksim|lauksiu|lauksim|sutiksiu|sutiksim ją|jį|jos|jo .. prie|ties|šalia|už|po|aikštelės|išėjimo|durų',
        'durų|prie|išėjimo|aikštel*|namo|namų|vakare|naktį|tamsu|viena|vienas|lauksiu|palauksiu|pasitiksiu|greitai|asmeniškai|susipažinti|arčiau .. \u{1F609}|\u{1F60F}',
      ],
    ],
    [
      0.5,
      [
        'žinome kur .. jūsų|tavo|dirbi|dirbate|dirba',
        'lauksiu|lauksime|palauksiu|palauksim jos|jo|jūsų? prie|ties|šalia|po|už įėjimo|laiptinės|namų|durų|biuro|darbo|mašinos|išėjimo|kampo|langais',
      ],
    ],
    [
      2,
      [
        'sunaikinsiu|sunaikinsim|sunaikinsime',
        `${WRECK}`,
        // Not a disc: "sudeginsiu diską".
        'sudeginsiu|sudeginsim|sudeginsime !diską|diskus|kalorijas|cd|dvd',
        `${RUIN} ${YOURS}`,
        `${YOURS} ${RUIN}`,
        `sulaužysiu|išlaužysiu|nulaužysiu|sulaužysim|išsuksiu|nusuksiu|išmušiu|išmušim|išmušime|sutrupinsiu|sutraiškysiu|sudaužysiu|sumalsiu|išdaužysiu .. ${BONES}`,
        // Threats with ordinary verbs: "išlaužysiu duris", "atvažiuosiu su vyrais", "pamokysiu".
        'išlaužysiu|išlaužysim|išdaužysiu|sudaužysiu|sulaužysiu|išversiu|išspardysiu|sudraskysiu .. duris|vartus|langus|vitrinas|vitriną|stiklus|mašin*|automobil*|biur*|sandėl*|parduotuv*|ofis*|kontor*|būstinę',
        `${COME} .. su ${GANG}`,
        'pamokysiu|pamokysim|pamokysime|išmokysiu|išmokysim jį|ją|jus|tave|juos|jas|tą|kad|taip|$ !kaip|naudotis|dirbti|pildyti|vairuoti|plaukti|programuoti|skaityti',
        'jį|ją|tave|jus|juos|jas|tą pamokysiu|pamokysim|pamokysime|išmokysiu !kaip|naudotis|dirbti|pildyti|vairuoti|plaukti|programuoti|skaityti',
        'išmokysiu|pamokysiu|pamokysim|mokysiu .. proto|mandagumo|pagarbos|gyventi',
        // Demeaning without a swear word: "kvailesnis už kėdę", "tikras galvijas".
        `protingesn*|gudresn*|kvailesn*|bukesn*|šviesesn*|išmintingesn* už|nei .. ${DULL}`,
        `iq|intelekt* .. kaip|lygio ${DULL}`,
        `jūsų|tas|ta|šitas|šita|tasai ${STAFF} tikras|tikra|tiesiog|paprasčiausias|paprasčiausia|eilinis|eilinė? ${BEAST}`,
        // "Aš jus surasiu", not "surasiu sąskaitą" or "jus surasiu parodoje".
        'surasiu|susirasiu|rasiu|pasieksiu|surasim|susirasim jus|tave|visus $|ir|kur',
        'jus|tave|visus surasiu|susirasiu|rasiu|surasim|susirasim $|ir|kur',
        'jums|tau|jūsų|tavo .. galas|kaput|kapūt|amen|šakės $',
        'jums|tau bus galas|kaput|kapūt|riesta|pragaras',
        'paversiu|padarysiu|paversim|padarysim .. pragar*',
        'jūs|tu dar .. verksite|verksit|verksi|gailėsitės|gailėsiesi',
        'nežinote|nežinot|nežinai|neįsivaizduojate|nesuprantate su kuo .. turite|turit|turi reikalų',
        'nežinote|nežinot|nežinai|neįsivaizduojate|nesuprantate su kuo susidūrėte|prasidėjote|susidėjote|susidūrei|prasidėjai',
        'saugokitės|saugokis $',
        'jūsų|tavo dienos suskaičiuotos',
        // Curses and death wishes.
        `${GO} jūs|jus|tu|visi? .. ${AWAY}`,
        'nešdinkitės|nešdinkites|nešdinkis',
        'kad jus|tave|jūs|tu|jūsų|tavo .. griebtų|rautų|trenktų|nutrenktų|prakeiktų|sudegtų|supūtų|nugriebtų',
        'kad jūs|tu|jus|tave .. nudvėstumėt|nudvėstumėte|nudvėstum|pastiptumėt|pastiptumėte|pastiptum|nusprogtumėt|nusprogtum|sudegtumėt|sudegtum|išdvėstumėt|sprogtumėt|supūtumėt|supūtum',
        'nudvėsk|nudvėskit|nudvėskite|pastipk|pastipkit|pastipkite|nusprok|nusprokit|sprok|sprokit|dvėsk|dvėskit|pasikark|pasikarkit',
        'perkūnas|perkūnai|velniai|velnias|galas .. trenktų|nutrenktų|griebtų|rautų|nugriebtų',
        'degkit|degkite|dek|supūkit|supūk|pūkit pragare',
        // Witless: "dauniai", "protiškai atsilikę", "smegenų neturite".
        'daunas|daunai|dauniai|dauno|daunų|daunams|daune|daunė|daunės|dauniukas|dauniukai|dauniukų',
        'protiškai|psichiškai atsilik*|nesveik*|ribot*',
        'smegenų|proto neturi|neturite|neturit|nėra|trūksta|nei|nė',
        'neturi|neturite|neturit smegenų|proto',
        'be smegenų',
        'kvaiša|kvaišos|kvaišai|kvaišas|kvaišiai|kvaišų',
        'avigalv*',
        'asilagalv*',
        'medžiagalv*',
        'šūdžiai|šūdžiau',
        'išgama|išgamos|išgamų|išgamom|išgamoms',
        'degenerat*',
        'pamatysit|pamatysite|pamatysi kas bus',
        'jums|tau bus blogai|liūdna|šakės',
        'pasikalbėsim|pasikalbėsime|kalbėsimės|pakalbėsim kitaip',
        'prarasit|prarasite|prarasi darbą|darbo',
        // Harassment and demeaning.
        'mergyte|mergytė|vaikeli|mažyte|mažute|zuikuti|gražuole',
      ],
    ],
    [
      1.5,
      [
        `${COME} .. su vyrais|vaikinais|draugais !iš|pasiimti|padėti|iškrauti|pakrauti|montuoti|į|apžiūrėti|pažiūrėti`,
        // "Pasakykit tai kiaulei", not "ar tai kiaulei tinka pašaras".
        `pasakyk*|perduok*|sakyk*|praneš* .. ${TO_BEAST}`,
        `balsas|balsą|balselis|balseliu|kalba|skamba|elgiasi|čiulba|cypia .. kaip ${CHILD}`,
        `iš kur jūs|tu? tokius|tokias|tokį|tokią ${STAFF_MANY}? renkate|imate|randate|gaunate|ištraukėte|pasamdėte|iškasėte|samdote|atsivedėte`,
        'kas jus|tave|ją|jį|juos|jas .. priėmė|įdarbino|pasamdė|paėmė .. į? darbą|dirbti',
        'dviejų|poros|porą žodžių .. sudėti|surišti|sujungti|suregzti|sulipdyti',
        'tegul|tegu|lai .. saugosi|saugojasi|dairosi|apsidairo|apsižiūri',
        'tegul|tegu|lai .. vakare|tamsoje|naktį|vaikšto|vaikščioja .. atsargi|atsargus|atsargiai|atsargiau|atsargesnė|atsargesnis',
      ],
    ],
    [
      1,
      [
        'tik|tiktai|vieta .. grindis|grindų|tualetus|gatves plauti|šluoti|valyti|trinti',
        'tik|tiktai|vieta .. plauti|šluoti|valyti|trinti grindis|grindų|tualetus|gatves',
        `${YOU} .. niekam tikę|tikęs|tikusi|tikusios`,
        `${YOU} .. bukai|bukas|buki|buka|kvaili|kvaila|kvailas|bukaprotiai`,
        'kvaila|kvailas|buka|bukas boba|moteris|žmogus|darbuotoja|darbuotojas|vadybininkė|vadybininkas',
      ],
    ],
    [
      1.5,
      [
        // Profanity.
        'šūdas|šūdo|šūdu|šūdą|šūdai|šūdų|šūdinas|šūdina|šūdini|šūdinis|šūdinai',
        'šikt|šikti|prišikt*|prisišik*',
        'blet|bled|bliat|blemba|bliamba|bliamc|blia',
        'pizd*',
        'pyzdec|pizdiec|pizdec',
        'chuj*',
        'chuin*',
        'chujn*',
        'pachui|pachuj|pochui|pohui|pofig|pofigu',
        'joban*',
        'jobt*',
        'jobn*',
        'jopt*',
        'jebat*',
        'pisk|piskit|piskite|pisti|pyst|pyzdink*|pizdink*',
        'išpist*',
        'užpist*',
        'atpisk*',
        'užknis*',
        'subin*',
        'šiknaskyl*',
        'suknas|suknai',
        'sukinsūn*|sukinsyn*',
        'chamas|chamai|chamė|chamiškas|chamiški',
        'tinginiai|tinginys|tinginių|tingines',
        'mulkiai|mulkis|mulkių|mulkiams',
        'nevykėl*',
        'kaip kiaulės|galvijai',
        'aciu|ačiū už nieką',
      ],
    ],
    [1, ['velniai|velnias|velnių griebtų|rautų', 'melagis|melagiai|melagė', 'boba|bobos|bobą']],
    [
      0.5,
      [
        'velnias',
        'po galais',
        'šlamštas',
        'nesąmonių|nesąmonė|nesąmones',
        'velniop',
        'po velnių',
        'prakeikt*',
        'po perkūnų',
      ],
    ],
  ],
  ignore: [],
};
