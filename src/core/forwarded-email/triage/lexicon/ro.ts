import type { Lexicon } from '../classify-message';

// Addressing the reader: "sunteți niște ...", "ești ...".
const YOU = 'sunteți|sunteti|ești|esti|voi|tu|sunteţi';
// People an insult may be aimed at.
const PERSON =
  'angajat*|operator*|operatoar*|funcționar*|contabil*|șofer*|om|oameni|femeie|persoană|fată|tip|băiat|individ|manager*|recepționer*';
// "Sunteți niște ...": only after the verb, as "voi ... câini" may be a question about dogs.
const YOU_ARE = 'sunteți|sunteti|sunteţi|ești|esti|eşti';
const SOME =
  'niște|niste|ca|o|un|doar|toți|toti|voi|tu|decât|decat|adunătură|gașcă|bandă|grămadă|de|cu|totii|toții|toţi';
const BEASTS =
  'boi|bou|vite|vitele|animale|animalelor|măgari|măgar|maimuțe|gunoaie|paraziți|lipitori|viermi|câini|cainii|șobolani|jeguri|javre|lichele|nulități|nule|retardați|mongoloizi|cretini|tâmpiți|dobitoci|imbecili|bădărani|mârlani|țărani|nesimțiți|descreierați|oi|capre|porci|hoți|hoţi|escroci|ratați|proști|idioți|handicapați';
// Someone the writer praises: "e un adevărat magician", "sunteți niște îngeri".
const BE = 'e|este|ești|esti|eşti|sunteți|sunteti|sunteţi|fost|era|erai|erați';
const GEM =
  'comoară|geniu|genii|magician|magiciană|magicieni|vrăjitor|vrăjitoare|vrăjitori|înger|îngeri|erou|eroină|eroi|salvator|salvatoare|salvatori|as|scumpă|scump|scumpi|profesionist|profesionistă|profesioniști|dulceață|bomboană|sfânt|sfântă|zână';
// Violence to come: "vă distrug", "vă fac praf biroul", "vă dau foc".
const HARM =
  'distrug|distrugem|omor|omorâm|ucid|ucidem|îngrop|îngropăm|nenorocesc|nenorocim|snopesc|snopim|zdrobesc|zdrobim|strivesc|spânzur|jupoi|desființez|desființăm|căsăpesc|măcelăresc|sugrum|rad|radem|calc|călcăm|șterg|ștergem';
const THEIRS =
  'firma|firmă|afacerea|cariera|sediul|magazinul|biroul|birourile|depozitul|reputația|viața|mașina|mașinile|casa|ușa|geamurile|vitrina|familia';
const BONES =
  'picioarele|gâtul|oasele|capul|mâinile|fața|gura|dinții|coastele|nasul|falca|degetele|spinarea';
// Someone at the company, as a client names them: "șoferul vostru".
const STAFF =
  'șoferul|curierul|operatorul|operatoarea|consultantul|consultanta|casiera|casierul|managerul|managera|directorul|directoarea|tehnicianul|instalatorul|montatorul|agentul|agenta|angajatul|angajata|colegul|colega|recepționerul|recepționera|ospătarul|ospătărița|vânzătorul|vânzătoarea|contabilul|contabila|paznicul|specialistul|specialista|tipul|tipa|individul|femeia|omul|meșterul|livratorul|dispecerul|dispecera|secretara|asistenta|funcționarul|funcționara';
const OF_YOURS = 'vostru|voastră|dumneavoastră|dvs|ăsta|asta|ăla|aia';
// Beasts a person is called: "șoferul vostru e un porc".
const BEAST =
  'animal|porc|măgar|bou|vită|maimuță|gorilă|urangutan|javră|câine|cățea|vacă|scroafă|capră|oaie|șobolan|lighioană|troglodit|mitocan|bădăran|mârlan|neanderthalian|dobitoc|gunoi|jeg';
const TRUE = 'adevărat|adevărată|veritabil|veritabilă|mare|simplu|simplă|ordinar|ordinară';
// Things with no wits, to which someone is likened: "mai deștept decât un taburet".
const DULL =
  'taburet*|scaun*|bolovan*|cartof*|clanț*|ușă|ușa|ușii|papuc*|lemn*|butuc*|bostan*|dovleac*|pantof*|cărămid*|perete|ciubuc*|sob*|cizm*|găin*|curcan*|oaie|oii|stâlp*|ciot*|varză|verze|pietr*|piatră|melc*';
// Children a grown-up is likened to: "sună ca un puști".
const CHILD =
  'copil|copilă|copii|puști|puștoaică|elevă|elev|grădiniță|grădiniței|bebeluș*|preșcolar*|adolescent*|adolescentă|prichindel|doisprezece|12|zece|10|cinci|unsprezece|11';
// Where a stalker finds someone.
const SOCIALS =
  'instagram*|insta|facebook*|fb|tiktok*|linkedin*|rețele|retele|rețelele|net|internet|telegram|whatsapp';
// Coming, in the first person: "trec pe la depozit cu băieții".
const COME =
  'vin|venim|trec|trecem|apar|apărem|întorc|întoarcem|revin|revenim|urc|urcăm|ajung|ajungem|vine';
// Where a client sends someone: "du-te dracului", "duceți-vă în morții voștri".
const GO =
  'du|duceți|duceti|duceţi|mergeți|mergi|hai|marș|mars|cărați|carati|căra|ia|iați|luați|pleacă|plecați|fugi';
const CURSED =
  'dracu|dracul|dracului|naiba|naibii|pizda|pizdii|pula|pulii|morții|mortii|moașa|moasa|pustii|pustie|dumnezeii|mata|măta|cur|curul|paștele|pastele';
const YOURS =
  'voștri|vostri|vostru|voastră|voastra|tăi|tai|ta|tău|tau|lui|ei|lor|mă|ma|mătii|matii|mamii|măsii|masii';

// Whom a client has found out about, in the genitive: "adresa tehnicianului".
const STAFF_OF =
  'tehnicianului|curierului|șoferului|managerului|managerei|directorului|directoarei|contabilei|contabilului|angajatului|angajatei|colegului|colegei|casierei|casierului|operatorului|operatoarei|consultantului|consultantei|inginerului|agentului|agentei|secretarei|meșterului|instalatorului|montatorului|lui|ei';
// Verbs of staying a client: "prelungim contractul datorită ei".
const STAY =
  'rămânem|rămas|rămâne|prelungim|prelungit|reînnoim|reînnoit|continuăm|continuat|semnat|semnăm|revenim|revenit';
const HIM = 'lui|ei|dumneavoastră|voastră|vouă|tău|tale|dvs|sale|lor';

export const ro: Lexicon = {
  language: 'ro',
  markers: [
    'și',
    'si',
    'de',
    'la',
    'cu',
    'pe',
    'nu',
    'este',
    'sunt',
    'că',
    'vă',
    'va',
    'pentru',
    'mulțumesc',
    'multumesc',
    'mulțumim',
    'multumim',
    'bună',
    'buna',
    'ziua',
    'ați',
    'ati',
    'noi',
    'să',
    'sa',
    'mai',
    'dar',
    'sau',
    'foarte',
    'vom',
    'din',
    'unde',
    'meu',
    'mea',
    'voastră',
    'vostru',
    'niște',
    'niste',
    'sunteți',
    'sunteti',
    'fost',
    'rog',
    'ce',
    'mi',
    'ne',
    'acest',
    'această',
    'toate',
    'toți',
    'când',
    'cum',
    'care',
    'avem',
    'aveți',
    'dumneavoastră',
    'dvs',
    'astăzi',
    'azi',
    'mâine',
    'încă',
    'doar',
  ],
  negators: ['nu', 'n', 'nici', 'deloc', 'niciodată', 'nicio', 'niciun', 'fără'],
  contrasts: ['dar', 'însă', 'totuși', 'din păcate'],
  neutral: [
    'cu tot? respect|respectul|stimă|considerație',
    'mulțumesc|mulțumim|mulțumiri anticipat|în avans',
    'anticipat mulțumesc|mulțumim',
    'mulțumesc|mulțumim pentru mesaj|mesajul|răspuns|răspunsul|email|emailul|e|mail|informații|informațiile|comandă|comanda|înțelegere|confirmare|confirmarea|întrebare|apel|rezervare|plată|colaborare|interes',
    'ar fi bine|minunat|perfect|excelent|super|util|grozav',
    'bine ar fi',
    'o zi bună|frumoasă|excelentă|minunată',
    'zi|weekend|săptămână bună|frumoasă|frumos|excelentă|plăcută',
    'toate cele bune',
    'cel|cea|cei|cele mai bun|bună|buni|bune moment|mod|preț|timp|variant*|soluți*|ofert*|traseu|zi|dată',
    'mulțumesc|mulțumim de nimic',
    'bună ziua|seara|dimineața',
    // "Perfect, mulțumesc!" acknowledges; it praises no one.
    '^ perfect|excelent|super|minunat|grozav mulțumesc|mulțumim|mersi $',
    'aș|am aprecia',
    'apreciez|apreciem dacă',
  ],
  harmless: [
    'rahat turcesc|lokum',
    'nu știu|știm unde',
    // "Dracu' știe pe unde a umblat coletul": no one is cursed.
    'dracu|dracul|dracului|naiba|dumnezeu|domnul o? știe|știa',
    'știe|stie dracu|dracul|naiba|dumnezeu',
  ],
  intensifiers: [
    'al|a|ai|ale naibii|dracului|dracu|draq|naibi de',
    'teribil|bestial|nebunește|incredibil|extrem|super|mega|îngrozitor|cumplit|infernal de',
  ],
  irony: [
    'așa zis|zisul|zisa|zișii|zisele|zise|zisului|zisei',
    'în sfârșit a|au|ați|ai? învățat|priceput|catadicsit|binevoit|nimerit',
    'catadicsit*',
    'binevoit',
    'nici măcar n|nu a|au|ați|ai? reușit|putut|fost|știut|găsit|pornit|priceput',
    'n|nu a|au|ați|ai reușit|putut|știut|fost nici măcar',
    'reușit să piardă|strice|uite|încurce|rupă|spargă|șteargă|inunde|blocheze|zgârie',
  ],
  thanks: ['mulțumesc', 'mulțumim', 'mulțumiri', 'mersi', 'merci', 'apreciez|apreciem'],
  complaints: [
    'tot nu|n|nimic|aștept|așteptăm',
    'încă nu|n|nimic|aștept|așteptăm',
    'nici până? acum|azi|astăzi',
    'din nou nu|n|întârzie|întârziat|anulat|greșit|stricat|lipsește|lipsă|amânat',
    'după|acum|de|peste|aproape două|trei|patru|cinci|șase|câteva|2|3|4|5|6 săptămâni|luni',
    'după|acum|de|peste|aproape o lună|jumătate',
    'a doua|treia|patra|cincea|zecea|câta oară',
    'nimeni nu|n a|au? răspuns|sunat|venit|contactat|revenit',
  ],
  requests: [
    'vă|va rog',
    'te rog',
    'puteți|puteti|poți',
    'ați|ati|ai putea',
    'se poate',
    'trimiteți|confirmați|spuneți|verificați|anunțați|comunicați|retrimiteți',
    'aș|as dori|vrea',
  ],
  signoffs: [
    '^ mulțumesc|mulțumim|mersi|mulțumiri mult|frumos|anticipat|multe|din|încă? suflet|o? dată? $',
    '^ multe|sincere mulțumiri $',
  ],
  automatic: [
    'răspuns automat',
    'mesaj generat|trimis automat',
    'generat|trimis automat',
    'nu răspundeți la',
    'sunt în concediu|afara biroului',
    'în afara biroului',
  ],
  praise: [
    [
      1.5,
      [
        'bravo',
        'felicit*',
        'de nota 10|zece',
        `${YOU} cei|cel|cea cei? mai buni|bun|bună|tare|tari`,
        'cel|cea|cei mai tare|tari',
        'mână|mâini|mâna|mâinile de aur',
        'om|omul|oameni|suflet|sufletul|inimă|inima|fată|fata|băiat|băiatul|băieți|doamnă|doamna|domn|domnul|colegă|colega|coleg|colegul|angajat*|echipă|echipa|fete de aur',
        `${BE} un|o|niște|niste adevărat|adevărată|adevărați|adevărate|real|reală|veritabil|veritabilă? ${GEM}`,
        `${YOU} un|o|niște|niste|adevărați|adevărat? ${GEM}`,
        'scos|scoate|scoată|scoateți|scoateti din încurcătură|belea|impas|necaz|bucluc|încurcături',
        'salvat|salvată|salvați situația|ziua|onoarea|proiectul|sezonul',
        'la superlativ',
        'jos pălăria',
        'chapeau',
        'merită|meritați|meriți|meritau|meritati .. mărire|primă|bonus|premiu|felicitări|laude|promovare|medalie|statuie',
        'întrecut pe voi|tine|sine|el|ea|ei|dvs|dumneavoastră|dumneavoastra',
        'sunteți|sunteti|ești|esti de nota|zece|aur',
        'adevărat|adevărată|real profesionist*|salvator*|ajutor|profesionalism',
        'vreau|doresc|dorim|țin .. să .. laud|lăudăm|felicit|mulțumesc|mulțumim|mulțumiri|apreciez',
        'rar .. întâlnești|întâlnim|găsești|găsim',
      ],
    ],
    [
      1,
      [
        'minunat*',
        'excelent*',
        'extraordinar*',
        'excepțional*',
        'impecabil*',
        'fantastic*',
        'superb*',
        'grozav*',
        'nemaipomenit*',
        'profesionis*',
        'profesionalism*',
        'recunoscător|recunoscătoare|recunoscători',
        'salvator*',
        'm|mi|ne ai|ați|ati|a|au salvat|salvați',
        'recunoștin*',
        'recunostiint*',
        'făcut ziua !de',
        'fără cusur',
        'ireproșabil*',
        'vă|va admir|admirăm',
        'admirabil*',
        'genial|genială|geniali|geniale',
        'laud*',
        'treabă foarte? bună|excelentă|grozavă|frumoasă|perfectă',
        'vă recomand',
      ],
    ],
    [
      0.75,
      [
        'amabil*',
        'politicos|politicoasă|politicoși|politicoase|politicos',
        'răbdare*',
        'răbdăto*',
        'prompt*',
        'apreciez|apreciem|apreciat',
        'săritor|săritoare|săritori',
        'mulțumit|mulțumită|mulțumiți|mulțumite',
        'cu căldură',
        'recomand*',
      ],
    ],
    [
      0.5,
      [
        'mulțumesc',
        'mulțumim',
        'mulțumiri',
        'mersi',
        'merci',
        // Thanks made stronger.
        'mulțumesc|mulțumim|mulțumiri mult|frumos|din|sincer|sincere|special|speciale|foarte|enorm',
        'sincere|speciale|multe mulțumiri',
        'rezolvat|rezolvată',
      ],
    ],
    [
      // What someone achieved for the client, said without a word of praise.
      1.5,
      [
        'întors|răsturnat|redresat|schimbat situația|soarta|balanța',
        'redresat|redresată proiectul|situația|afacerea|echipa|vânzările|lucrurile',
        'făcut|face|facă minuni|imposibilul|minunea',
        `${STAY} .. datorită ${HIM}`,
      ],
    ],
    [
      1,
      [
        `datorită ${HIM}`,
        'dus|duce|dusă|dusese .. la bun? sfârșit|capăt',
        'bună|excelentă|grozavă|frumoasă|super treabă',
      ],
    ],
    [
      1,
      [
        // Thanks sent to someone: "transmiteți-i un mulțumesc din partea mea".
        'transmiteți|transmiteti|transmite|transmit|spuneți|spuneti .. mulțumir*|mulțumesc|multumesc|recunoștin*|aprecier*|felicitări*',
        'om|omul|oameni|băiat|băiatul|băieți|fată|fata|fete|doamnă|doamna|domn|domnul|tip|tipul|femeie de treabă|milioane|nota',
        'respect $|maxim|total|mare',
        // Happy tears.
        'de bucurie|fericire',
      ],
    ],
    [0.75, ['e|este|ești|sunteți|sunt beton|brici|bombă|marfă', 'super tare|tari']],
    [
      // Words that praise only next to other praise.
      0.25,
      [
        'perfect*',
        'rapid*',
        'repede',
        'operativ*',
        'atent|atentă|atenți|atente',
        'ajutor',
        'ajutat',
        'sprijin*',
        'util|utilă|utile|utili',
        'bine',
        'bun|bună|buni|bune',
        'la timp',
        'la curent',
      ],
    ],
  ],
  abuse: [
    [
      2,
      [
        // Insults.
        'idiot*',
        'idioat*',
        'cretin*',
        'dobitoc*',
        'tâmpit*',
        'imbecil*',
        'debilule|debililor',
        'handicapaților|handicapatule',
        'prostule',
        'proștilor',
        'proasto',
        'proastelor',
        'o proastă !calitate|organizare|idee|impresie|experiență|comunicare|alegere|ambalare',
        'boule|boilor',
        'jeguri|jegule|jegurilor',
        'hoților|hoțule',
        'ratatule|rataților',
        'porcule|porcilor',
        'vaco',
        'gunoiule|gunoaielor',
        'javră|javre|javrelor|javro',
        'lichea|lichele|lichelelor',
        'bătut|bătută|bătuți|bătute în cap',
        'descreierat*',
        'retardat*',
        'nemernic*',
        'ticălo*',
        'netrebnic*',
        'nenorocitule|nenorociților|nenorocito',
        'curvă|curve|curvelor|curvo',
        'târfă|târfe|târfo|târfelor',
        'mizerabilule|mizerabililor',
        `${YOU} .. proști|proaste|proastă|prost|incompetenți|incompetente|handicapați|ratați|porci|hoți|hoții|escroci|idioți|tâmpiți|debili`,
        `prost|proastă|proști|proaste ${PERSON}`,
        'adunătură|gașcă de',
        'niște|niste proști|incompetenți|hoți|escroci|ratați|porci|nesimțiți|tâmpiți',
        // Profanity.
        'pula|pulii|pulei|puli|pulă',
        'pizd*',
        'muie|muist*|muiștilor',
        'fut|futu|futi|fute|futeți|futut*|futai',
        // "Mă-sii", "morții mă-tii"; not "mă ții" (you keep me), which folds like "mă-tii".
        'mă sii',
        'morții mă',
        'căcat*',
        // Threats and intimidation.
        'asigur .. afară|concedia*|dați|dat afară',
        'vă|te|o|îl|il|va dau|da|dea afară',
        'regretați|regreți',
        'veți|vei regreta',
        'o să|sa .. pară rău',
        'știu unde .. stai|stați|locuiești|locuiți|biroul|sediul|lucrezi|lucrați',
        // Veiled threats: where someone lives, their children, what could happen to them.
        'știu|știm|aflat|cunosc|găsit unde|la|în|ce .. locuiește|locuiesc|locuiți|locuiești|grădiniță|grădinița|școală|școala|liceu|creșă|copiii|copilul|familia|casa',
        'la|în ce|care școală|școala|grădiniță|grădinița|liceu|creșă .. copiii|copilul|fiul|fiica|băiatul|fata|copii|nepoții|fetița|băiețelul',
        `adresa|adresele de acasă a|al|ale ${STAFF_OF}`,
        'cu cine vă|te puneți|pui|jucați|joci',
        'cineva|oameni|om|angajați|angajat|persoane|persoană cu creier|creieri|creierul',
        'păpuș*|manechin*|barbie|blonda|blondina de|din|la la? recepți*|birou|ghișeu|intrare|casă|secretariat*|telefon',
        'angajați|recrutați|luați .. de? la|din zoo|circ|ospiciu|balamuc',
      ],
    ],
    [
      1.5,
      [
        `știu|am|cunosc|aflat|găsit .. adresa|adresele ${STAFF_OF}`,
        'să vi|vă|ți|îi|li|i|le se întâmple|petreacă ceva',
        'pățească|pățiți|pățești ceva|cineva|vreunul|copiii|familia|careva',
        'o|îl urmăresc|pândesc|spionez|urmăream|pândeam|filmez|fotografiez',
        'pândesc|pândeam|spionez',
        'degeaba|inutil|rost .. blocați|blochezi|blochează|blocheze|blocare|blocat',
        'blocați|blochezi|blocat .. degeaba|inutil',
        'trimiteți|angajați|luați|puneți|aduceți .. om|oameni|cineva|persoane cu cap|minte|creier',
      ],
    ],
    [
      0.75,
      [
        'ce mașină|mașini .. conduceți|conduce|conduci',
        'în fiecare zi|seară|dimineață|noapte .. o|îl văd|urmăresc|pândesc|conduc|aștept|însoțesc',
        'o|îl văd|urmăresc|pândesc|conduc|aștept|însoțesc în fiecare zi|seară|dimineață|noapte',
        'nu amenin*',
        'nu vă|te|îl|o|îi amenin*',
        'nu e|este o? amenințare',
        // Stalking: her profile found, every day, a wink after.
        `găsit|gasit|căutat|aflat|dat o|l|îl|pe .. pe|de ${SOCIALS}`,
        'găsit|aflat|știu|știm .. profilul|contul|pagina|instagramul|facebookul|tiktokul|numărul ei|lui|personal',
        'i|îi|le am găsit|aflat profilul|contul|pagina|instagramul|facebookul|tiktokul|numărul',
        'scriu|trimit|sun|suna|scrie|trimite|caut|aștept|vizitez|scriem|sunăm .. în|in fiecare zi|seară|seara|dimineață|noapte|oră',
        'scriu|trimit|sun|suna|scrie|trimite|caut|aștept .. zilnic|încontinuu|nonstop',
        `știu|aflat că|ca? ea|el|${STAFF} .. termină|iese|pleacă|închide|încuie|lucrează`,
        'ușă|ușa|ieșire|parcare|parcarea|acasă|seara|noaptea|întuneric|singură|singur|aștept|aștepta|vedem|curând|personal|adresa|aproape .. \u{1F609}|\u{1F60F}',
        'să nu mai fugă|fugi|ascundă',
      ],
    ],
    [
      0.5,
      [
        'o|îl aștept|așteptăm|pândesc la|în|lângă|pe|după|afară|acasă|intrare|fața',
        'cum iese|pleacă|intră|vine|ajunge de|din|la .. birou|serviciu|muncă|magazin|casă|acasă|sediu',
      ],
    ],
    [
      2,
      [
        'vă|va|te distrug|omor',
        `vă|va|te|îi|ii|pe ${HARM}`,
        `${HARM} ${THEIRS}|pe toți|pe toti`,
        // "Vă fac praf biroul", "le facem zob".
        'fac|facem praf|zob|fărâme|țăndări|chisăliță|terci|harcea',
        'dau|dăm|dam foc|focul',
        'pun|punem foc|focul',
        `sparg|spargem .. ${BONES}|geamurile|geamul|ușa|mașina|vitrina|biroul|sediul`,
        `rup|rupem|frâng|sucesc|sucim|zdrobesc|crăp|crap|umflu|turtesc|stâlcesc|sparg|spargem .. ${BONES}`,
        // Threats with ordinary verbs: "îl învăț eu minte", "iei bătaie", "cu băieții".
        'învăț|învățăm|învăța|învețe|învățat .. minte|mintea',
        'învăț|învățăm|învăța|învețe eu|noi? bunul|bune simț|maniere',
        'umflu|umflăm|bat|batem|snopesc|snopim|iau|luăm|ia|lua|iei|luați .. în|la bătaie|pumni|palme|șuturi',
        // Demeaning without a swear word: "IQ-ul unei clanțe", "șoferul vostru e un porc".
        `deștept*|inteligent*|isteț*|prost|proastă|proști|tâmpit*|sclipitor|sclipitoare .. decât|ca .. ${DULL}`,
        `iq|coeficient* .. de|al|ca|unei|unui .. ${DULL}`,
        `${STAFF} ${OF_YOURS}? e|este|era|i|s ca? un|o|niște? ${TRUE}? ${BEAST}`,
        'vă|va|te găsim|găsesc|prind|prindem|caut|căutăm eu|noi|$|și',
        'vă|va găsim|găsesc|prind|prindem|caut|căutăm pe toți|toti',
        'o|veți|vei|ai|aveți .. plăti*|plati* scump|cumplit|amar|cu vârf',
        'vă|va|te căiți|căiești|căi',
        'cu cine aveți|ai|avem .. de a face',
        'vă|va|îți|iti|ți|ti arăt|arat eu|io $',
        'arăt|arat eu|io vouă|voua|ție|tie|cine',
        'bag|băgăm|bagam .. în|in pământ|mormânt|groapă|spital|sicriu',
        'zilele numărate',
        'vă|va|te termin|terminăm eu|$',
        'ne vedem noi|noi doi',
        'aveți grijă|ai grijă|aveti grija .. spatele',
        // Curses and death wishes.
        `${GO} te|vă|va|v|l|o|i .. ${CURSED}`,
        `${GO} ${CURSED}`,
        `în|in morții|mortii|pizda|pula|cur|curul|paștele|pastele|dumnezeii|dumnezeul|mama|moașa|moasa ${YOURS}`,
        'în|in mă|ma ta|sa|sii|tii',
        'lua|luați|luati v|te|l|o|i|va|vă ar? dracu*|naiba|moartea|gaia',
        'vă|va|te|îl|il|o|îi|ii ia dracu*|naiba|naibii|moartea|gaia',
        'să|sa crăpați|crapati|crăpi|crapi|muriți|muriti',
        'crăpa|crapa v|ți|ti ar',
        'dumnezeii',
        // Not "Valea Prahovei".
        'marș|mars valea',
        'hai valea $',
        'valea de aici',
        'marș|mars afară|de aici',
        // Witless: "cap sec", "fără creier", "ce aveți în cap?".
        'cap|capete|capul|căpățână sec|seci|găunos|găunoase',
        'cap|capete|capul|căpățână|căpățâni de bou|oaie|vită|bostan|dovleac|lemn',
        'fără|fara creier|creieri|creierul|minte',
        'n|nu aveți|aveti|ai|are creier|creieri',
        'rumeguș|rumegus|găinaț|gainat|paie|tărâțe în|in cap|capul|căpățână|creier',
        'mongoloid*',
        'mongoloiz*',
        'mongolule|mongolilor',
        `${YOU_ARE} ${SOME}? ${SOME}? ${BEASTS}`,
        'o|un obraznic|obraznică|obraznica',
        'căcănar*',
        'labagi*',
        'bulangi*',
        'poponar*',
        'jigodi*',
        'pușlama|pușlamale|pușlamalelor|pușlamalei',
        'țăranule|țăranilor',
        'rup picioarele|gâtul|oasele|capul',
        'o să vedeți|vezi voi|tu',
        'vin peste voi|tine',
      ],
    ],
    [
      1.5,
      [
        `${COME} .. cu băieții|fârtații|gașca|mardeiașii|smecherii|șmecherii !mei|să|ca|de|la`,
        'vorbim|discutăm|vorbă|vorbi|discuta|lămurim|rezolvăm|rezolva .. altfel|altcumva|bărbătește !despre|de|la|pe|cu',
        'dau|dăm|da o lecție|lecția !de|despre|online|gratuită|gratuit|demonstrativă|practică',
        'să|sa aibă|ai|aveți grijă cum|pe|când|încotro .. merge|umblă|pleacă|iese|circulă|plimbă|calcă|vine',
        'să|sa se păzească',
        `pare|sună|vorbește|poartă|arată|scrie .. ca|de un|o|la? ${CHILD}`,
        'cine v|te|l|o|i|le a|au angajat|recrutat|primit',
        'cine a|au angajat|recrutat o|l|i|pe asemenea|astfel|ăștia|aștia|asta|ăsta|aia|ăla',
        'de unde|unde .. luați|scoateți|găsiți|angajați|recrutați|aduceți|strângeți .. asemenea|astfel|ăștia|aștia|atâția',
        'lege|lega|îmbine|îmbina|lipească|lipi două|trei vorbe|cuvinte',
      ],
    ],
    [
      1,
      [
        'țața|tanti|cucoana|madama|pițipoanca|duduia|baba|proasta aia|asta',
        'numai|doar|bune|buni|bun|bună .. de|la spălat|măturat pe? jos|veceuri|closete|wc|strada|străzi',
        // Harassment and demeaning.
        'fetițo|păpușo|drăguțo|puiule|scumpo|iubito',
        'taci|tăceți|tacă din gură',
      ],
    ],
    [
      1.5,
      [
        'rahat*',
        'dracu|dracului|draq',
        'taci',
        'tăceți',
        'nesimțit*',
        'incompetenților',
        'escrocilor|escrocule',
        'te găsesc|prind',
        'ce aveți|aveti|ai|are în|in cap|capul|căpățână|tărtăcuță',
        'coaie|coaiele|coaielor|coi',
        'curu|curul|curului',
        'în|in cur',
        'bagabont*',
        'vagabont*',
        'mârlan*',
        'bădăran*',
      ],
    ],
    [
      0.75,
      ['incompetenți|incompetente|incompetentă|incompetent', 'nenorocit|nenorocită|nenorociți'],
    ],
    [0.5, ['bă', 'mulțumesc|mulțumim de nimic', 'naiba|naibii', 'fir ar']],
  ],
  ignore: [],
};
