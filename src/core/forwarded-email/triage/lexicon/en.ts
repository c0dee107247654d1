import type { Lexicon } from '../classify-message';

// Whom a remark is aimed at, then up to three small words: "you are all so ...", "you're a ...".
const YOU = "you|you're|youre|u|ya|yous";
const FILL =
  'are|re|r|all|guys|people|lot|folks|so|such|too|completely|totally|absolutely|utterly|really|truly|just|an|a|bunch|of|bloody|being|the|most|simply';
const AT_YOU = `${YOU} ${FILL}? ${FILL}? ${FILL}?`;
// People an insult may be aimed at.
const PERSON =
  'cow|cows|woman|women|man|men|people|staff|person|girl|girls|guy|guys|lot|company|team|thieves|liars|crooks|idiot*|moron*|clown*|amateurs|monkeys|clerk|agent|agents|manager|driver|receptionist|operator|operators|excuse|twit|git|cretin*|muppets';
// Criticism about a thing ("useless app"), insults when aimed at people.
const INSULTING =
  'stupid|useless|pathetic|worthless|incompetent|clueless|brainless|lazy|dumb|ignorant|thick|spineless|lying|thieving|miserable|fat|ugly|silly|dim|hopeless|arrogant';
// Someone at the company, as a client names them: "your driver is a ...".
const STAFF =
  'accountant|accountants|manager|managers|driver|drivers|staff|agent|agents|courier|couriers|receptionist|boss|engineer|engineers|technician|technicians|employee|employees|colleague|colleagues|rep|reps|operator|operators|cashier|clerk|waiter|waitress|workers|guy|guys|girl|woman|man|lady|people|team|salesman|saleswoman|assistant|director|ceo|owner|lot';
// The people among them, whom a hand may be raised against.
const PEOPLE =
  'accountant|manager|managers|driver|drivers|staff|agent|courier|receptionist|boss|engineer|technician|rep|operator|cashier|clerk|waiter|waitress|salesman|assistant|director|ceo|owner|guy|girl|woman|man|lady';
// Names that take the person out of someone: one ("a fraud") and many ("frauds").
const INSULT_ONE =
  'clown|joke|disgrace|thief|liar|crook|fraud|cheat|scammer|pig|animal|parasite|leech|vulture|rat|snake|cockroach|ape|monkey|donkey|jerk|loser|failure|moron|witch|hag|slob|savage|subhuman|coward|nobody|amateur|idiot|imbecile';
const INSULT_MANY =
  'clowns|thieves|liars|crooks|frauds|cheats|scammers|pigs|animals|parasites|leeches|vultures|vermin|rats|snakes|cockroaches|apes|monkeys|donkeys|jerks|losers|failures|morons|slobs|savages|subhumans|cowards|nobodies|amateurs|idiots|imbeciles|sheep|cattle|trash|incompetents';
// Small words between "is" and the name: "is a complete ...", "are nothing but a bunch of ...".
const ART =
  'a|an|such|total|complete|absolute|utter|bunch|of|pack|load|biggest|worst|real|just|nothing|but|like|proper|lying|thieving|useless';
const AS_A = `${ART}? ${ART}? ${ART}? ${ART}?`;
// Violence done to what is theirs: "smash your windows", "torch every one of your vans".
const HARM = 'smash|torch|wreck|trash|burn|destroy|ruin|bust|firebomb|vandalise|vandalize';
const THEIRS =
  'office|offices|depot|depots|shop|shops|store|stores|warehouse|warehouses|place|building|premises|house|home|car|cars|van|vans|truck|trucks|lorry|lorries|windows|window|door|doors|windscreen|windshield|tyres|tires|reception|yard|factory|restaurant|hotel|career|reputation|business|company|life|lives|livelihood|family';
const SWEAR =
  'bloody|fucking|f_ing|precious|little|whole|entire|stupid|pathetic|shitty|damn|fancy|new';
// ... and to them: "punch your manager", "smash his face in".
const BODY = 'face|head|legs|nose|teeth|jaw|arms|kneecaps|skull|ribs|fingers|bones';
const HIT = 'smash|punch|kick|beat|smack|slap|bash|batter|cave|rearrange|deck|thump|strangle|stab';
// Someone who does not think: "are you brain damaged?".
const DULL =
  'deaf|blind|stupid|thick|dumb|slow|illiterate|daft|dense|retarded|brainless|braindead|brain|idiots|morons|insane';
// Those close to someone, whom a veiled threat names: "his kids", "your wife".
const KIN =
  'kids|kid|children|child|son|sons|daughter|daughters|wife|husband|family|partner|girlfriend|boyfriend|grandchildren|mum|mother|dad|father|parents|baby';
// The places a child is taken to: "which school his kids go to".
const SCHOOL = 'school|schools|nursery|kindergarten|daycare|playground|preschool|creche';
// Who could come to harm: "if anything happened to them", "... to your wife".
const ANYONE = `you|him|her|them|anyone|anybody|somebody|someone|yourself|himself|herself|yourselves|${KIN}|${PEOPLE}|staff|people|team|employees|colleagues`;
// Verbs of staying a client: "we're renewing because of her".
const STAYING =
  'renewing|renewed|renew|staying|stayed|stay|signing|signed|extending|extended|extend|remain|remained|remaining|sticking|stuck|continuing|continued|back|returned|loyal';
// Who a sarcastic writer says could not do something: "your expert couldn't even ...".
const WHO = `he|she|they|you|who|it|${PEOPLE}|expert|experts|specialist|specialists|genius|staff|team|lot|people`;
// Things with no wits, to which a client likens someone: "the IQ of a doorknob".
const DULL_THING =
  'doorknob|doorknobs|doorstop|doormat|stool|brick|bricks|potato|potatoes|rock|rocks|plank|planks|goldfish|toaster|lamppost|houseplant|hamster|turnip|cabbage|lettuce|sponge|walnut|pebble|teaspoon|cucumber|gnat|amoeba|fencepost|stump|slipper|parsnip|teapot|fireguard|goat|donkey|sheep|ape|pig|cow|mule';
// Of a person, what a client demeans: "the brains of a ...", "the memory of a ...".
const WITS =
  'iq|brains|brain|intelligence|wits|smarts|sense|intellect|memory|attention|span|manners|charm|personality|reasoning';
// Beasts a person is called, and words after them that make them a thing: "animal shelter".
const BEAST =
  'animal|pig|cow|donkey|ape|monkey|rat|snake|slob|savage|swine|brute|dog|hog|sow|gorilla';
const NOT_A_BEAST =
  'shelter|shelters|welfare|lover|lovers|rescue|charity|hospital|farm|farmer|farmers|iron|pen|feed|food|print|prints|rights|control|testing|products|hair|sanctuary|trainer|walker|sitter|groomer|owner|person|kingdom|house|clinic|vet|vets|lover|skin|leather|roast|sausage|tail|tails|bank|collar|lead|bed|breed';
// Ages and kinds of child a grown-up is likened to: "sounds about twelve".
const CHILDISH =
  'twelve|eleven|ten|nine|eight|seven|six|five|12|11|10|9|8|7|6|5|schoolgirl|schoolboy|toddler|toddlers|teenager|preschooler|child|kid|baby|infant|kindergartner';
// Harm done with ordinary verbs, and to what: "smash every window", "kick in all the doors".
const WRECK =
  'smash|smashing|break|breaking|kick|kicking|wreck|wrecking|trash|trashing|torch|torching|burn|burning|slash|slashing|bust|busting|cave|caving|rip|ripping|tear|tearing';
const ALL = 'every|each|all|both';
// Social media where a stalker finds someone.
const SOCIALS =
  'instagram|insta|ig|facebook|fb|tiktok|twitter|x|linkedin|snapchat|snap|vk|socials|social|profile|profiles|page|account|accounts|onlyfans|telegram|whatsapp';
// What makes "Great, another ..." good news, not sarcasm.
const GOOD_NEWS =
  'happy|satisfied|delighted|great|successful|success|win|record|fantastic|excellent|brilliant|wonderful|perfect|smooth|five|5|glowing|lovely|good';
// A word after "a star", "a hero" that makes it a thing, not a person.
const THING =
  'rating|ratings|review|reviews|hotel|hotels|sign|symbol|icon|shape|system|network|screwdriver|key|bit|anise|fruit|wars|trek|attraction|image|banner|section|shot|setter|setters|stone|stones|cutter|cutters|ring|rings|dealer|dealers|show|product|products|seller|sellers|item|items|investor|investors|cake|hunt|trove|chest|map|bar|to|on|for|in|of|at|below|above|showing|explaining';

export const en: Lexicon = {
  language: 'en',
  markers: [
    'the',
    'and',
    'you',
    'your',
    'to',
    'of',
    'is',
    'are',
    'for',
    'please',
    'we',
    'this',
    'that',
    'with',
    'it',
    'have',
    'not',
    'was',
    'be',
    'on',
    'my',
    'our',
    'i',
    "i'm",
    "i'll",
    'thank',
    'thanks',
    'hi',
    'hello',
    'dear',
    'regards',
    'what',
    'can',
    'could',
    'would',
    'will',
    'just',
    'been',
    'has',
  ],
  negators: [
    'not',
    'never',
    'no',
    'hardly',
    'barely',
    'nothing',
    'nobody',
    'cannot',
    'dont',
    'didnt',
    'wasnt',
    'isnt',
    'werent',
    'arent',
    'wont',
    'cant',
    'couldnt',
    'neither',
    'nor',
    'without',
  ],
  contrasts: ['but', 'however', 'unfortunately', 'that said'],
  neutral: [
    'thank*|thx you? in advance',
    'thank*|thx you? for your|the? message|email|e|mail|order|enquiry|inquiry|letter|request|reply|response|time|confirmation|invoice|call|note|update|information|info|feedback|purchase|booking|reservation|payment|query|question|cooperation|understanding',
    'thank*|thx you? for contacting|reaching|choosing|shopping|writing|calling',
    "would|could|will|it'd|itd|that'd|thatd be great|nice|good|lovely|perfect|helpful|fantastic|wonderful|brilliant|amazing|excellent",
    'great|good|nice|perfect|helpful|wonderful|lovely|fantastic if',
    'great|good|nice to hear|know',
    'appreciate* it? if',
    "would|we'd|i'd|wed|id appreciate*",
    'kind|best|warm|warmest|kindest regards|wishes',
    'all the best',
    'kind of',
    'what kind',
    'good|great|nice|lovely morning|afternoon|evening|day|weekend|week|night',
    'have|enjoy a? good|great|nice|lovely|wonderful day|weekend|week|evening|holiday|time',
    'best way|time|person|people|option|price|rate|day|place|date|route|offer|deal|solution|contact|number|practice|practices',
    'at best',
    'quick|short question|one|note|reminder|call|update|chat|look',
    'as fast|quick|quickly|soon as',
    'happy to',
    'no problem|worries',
    'thanks|thank for nothing',
    // "Excellent, thanks!" acknowledges; it praises no one.
    '^ excellent|perfect|great|fantastic|brilliant|wonderful|lovely|super|awesome|cool|amazing|superb thanks|thank|thx|cheers you? $',
  ],
  harmless: [
    'sweetheart neckline|cake|cakes|roses',
    // "God knows where the invoice went": no one is damned.
    'god|lord|heaven|heavens|christ|goodness|devil|hell|jesus only? knows|knew',
    "don't|dont|didn't|didnt|not|never|let|lemme|no|nobody|anyone know|knew|knows where|what|which",
    'let|lemme me|us know|knew where|what|which',
  ],
  intensifiers: [
    'damn|damned|bloody|fucking|fuckin|f_*|fkin|fking|freaking|frigging|friggin|effing|insanely|ridiculously|stupidly|crazy|hella|wicked|dead|mighty|awfully|terribly',
  ],
  irony: [
    'so called|socalled',
    // Not "I couldn't even find the form, and Ana sent it": what someone else could not do.
    `${WHO} couldn't|couldnt|can't|cant|cannot even`,
    `${WHO} could|can not even`,
    'not even able',
    'finally managed|learned|learnt|figured|bothered|deigned|remembered',
    'finally worked it? out',
    'managed to lose|break|forget|miss|mess|screw|flood|damage|ruin|wreck|delete|drop|crash|burn|mix|confuse|misspell|spill|lock|block',
    'slow clap',
    // "Great, another price rise"; "thanks for the warning (there wasn't one)".
    `^ great|perfect|brilliant|wonderful|fantastic|lovely|terrific|marvellous|marvelous|super|excellent|wow another|again !${GOOD_NEWS}`,
    `^ oh|ah|wow|well great|perfect|brilliant|wonderful|fantastic|lovely|terrific|super another|again !${GOOD_NEWS}`,
    "there wasn't|wasnt|weren't|werent one|any $",
    'there was|were none|no $|one',
    'give yourselves|yourself a medal|trophy|round',
  ],
  thanks: ['thank*', 'thx', 'ty', 'appreciate*', 'grateful', 'cheers'],
  complaints: [
    "still not|no|nothing|none|waiting|hasn't|hasnt|haven't|havent|isn't|isnt|doesn't|doesnt|don't|dont|unanswered|unresolved|missing|broken|pending|outstanding|unpaid|undelivered|without",
    'days|weeks|months later|on',
    'after|nearly|almost|for|took|taken|waited|waiting|over a? two|three|four|five|six|seven|eight|2|3|4|5|6|7|8|several|many|few|couple of? weeks|months',
    'a|one whole? month|fortnight later|on',
    'late|broken|down|wrong|missing|failed|cancelled|canceled|delayed|rescheduled|lost|damaged|crashed|overcharged yet? again|twice',
    'for the second|third|fourth|fifth|sixth|umpteenth|nth time',
    'no one has? ever? answered|called|replied|responded|rang|bothered|showed',
    'nobody|noone has? ever? answered|called|replied|responded|rang|bothered|showed',
    'never arrived|came|showed|turned|answered|replied|called|rang',
  ],
  requests: [
    'please',
    'pls',
    'plz',
    'kindly',
    'could|can|would|will you|u',
    'let me|us know',
    'i|we would|d like|need|want',
    "i'd|we'd like",
  ],
  signoffs: [
    '^ many|huge|big|warm|warmest|sincere|again thanks|thank|thx $',
    '^ thanks|thank|thx|cheers|ta you? so|very|again|kindly|a? much|lot|again? $',
  ],
  automatic: [
    'out of office',
    'automatic|auto reply|response|message|answer',
    'autoreply|autoresponse|autoresponder',
    'do not reply|respond',
    'mailbox is not monitored',
    'automatically|auto generated|sent',
    'this is an automated|automatic',
    'request|ticket .. has been received|created|logged',
  ],
  praise: [
    [
      1.5,
      [
        'well done',
        'kudos',
        'hats off',
        'above and beyond',
        'went|goes|go|going|gone the extra mile|miles',
        // A credit to an employer, not to an account.
        'credit to your|the|their|his|her|our|this company|team|firm|business|profession|organisation|organization|store|shop|hotel|department|branch|brand|employer|industry|staff|workplace|service|group !account|accounts|card|balance|invoice|ledger|note',
        `is|was|are|were|you're|youre|${YOU} a|an? absolute|real|total|true|such|proper|complete|great|huge|little? gem|gems|treasure|godsend|wizard|wizards|magician|magicians|genius|geniuses|rockstar|rockstars|superstar|superstars|legend|legends|hero|heroes|champ|champion|angel|angels|lifesaver|lifesavers !${THING}`,
        'asset to your|the|their|our|any company|team|firm|business|profession|department|store|shop',
        "couldn't|couldnt have asked|wished|hoped for a? better|more|anything",
        'could not have asked|wished|hoped for a? better|more|anything',
        "couldn't|couldnt be happier|prouder",
        "couldn't|couldnt be more pleased|grateful|satisfied|impressed|thankful",
        'second to none',
        'keep up the good|great|excellent|fantastic|amazing work|job',
        'deserves|deserve a raise|promotion|medal|bonus|payrise|pat',
        'deserves|deserve a pay rise',
        'take|takes a bow',
        'worth his|her|their weight in gold',
        'a joy|delight|dream to deal|work',
        'nothing was|is too much trouble|bother',
        'made our|my week|month|year',
        'saved the day',
        "can't|cant|cannot thank .. enough",
        'commend*',
        'shout out|outs',
        'shoutout*',
        // Slang: "absolutely killed it", "nailed it", "chef's kiss".
        'absolutely|totally|completely|properly|proper|truly|utterly killed|smashed|crushed|nailed|aced|rocked it',
        'nailed|aced it !to|into|onto|down|shut|up|together|back|on|in|under|over|with',
        "chef's|chefs kiss",
        `${AT_YOU} best|stars|star|legends|legend|heroes|hero|amazing|brilliant|fantastic|wonderful|awesome|great|superb|lifesaver|lifesavers`,
      ],
    ],
    [
      1,
      [
        'excellent',
        'excellently',
        'fantastic',
        'fantastically',
        'amazing',
        'amazingly',
        'outstanding',
        'superb',
        'superbly',
        'brilliant',
        'brilliantly',
        'wonderful',
        'wonderfully',
        'exceptional',
        'exceptionally',
        'terrific',
        'marvellous',
        'marvelous',
        'fabulous',
        'phenomenal',
        'stellar',
        'impeccable',
        'impeccably',
        'flawless',
        'flawlessly',
        'spotless',
        'top notch',
        'lovely',
        'awesome',
        'helpful',
        'professional',
        'professionally',
        'professionalism',
        'attentive',
        'grateful',
        'gratitude',
        'impressed',
        'impressive',
        'delighted',
        'lifesaver',
        'lifesavers',
        'life saver|savers',
        'saved us|me|our|my|the',
        // "A star", "our hero"; not a star rating or a hero image.
        `a|an|absolute|real|total|such|true|proper|our|my|little star|stars|legend|legends|hero|heroes|superstar|superstars|rockstar|rockstars|gem|genius|treasure|godsend|angel !${THING}`,
        'praise',
        'praises',
        'speak|speaks|spoke|spoken highly',
        'top marks',
        'knows his|her|their|your stuff',
        "credit where credit|credit's|credits|it's|its|it is? due",
        'exceeded',
        'great job|work|service|support|help|team|effort|experience',
        'good job|work|service',
        'nice job|work',
        'much|really|greatly|truly|very appreciated',
        'loved it',
        'made our|my day',
        'went|goes|go out of her|his|their|your|the way',
        'crystal clear',
        'highly recommend*',
        'pleasure to deal|work',
        'sound|top|proper|decent|lovely|diamond|good|great bloke|blokes|lad|lads|gent|gents|gentleman|geezer|chap|chaps|fella|fellas|egg|lass|lasses',
        // Happy tears.
        'happy|joyful|grateful tears',
        'tears of joy|happiness|gratitude',
        'cried|wept|teared|crying|weeping|tearing up? with|for joy|happiness',
        'brought|bring|brings a tear|tears to',
        'moved me|us|her|him|them? to tears',
        'cried|wept|teared|welled up? when|as .. opened|unwrapped',
        // Thanks sent to someone: "please pass on my thanks".
        'pass|passing|send|sending|give|giving|extend|extending|convey|conveying|relay|relaying on|along? my|our|the|a? huge|big|special|sincere|heartfelt|warmest|warm|deepest|personal? thanks|gratitude|appreciation|compliments',
        'pass|passing my|our thanks|gratitude|appreciation|compliments on|along',
        'my|our compliments to',
        "i'm|im|we're|were now? a? big|huge|massive|total|real? fan|fans|convert|converts !of",
        'big|huge|massive|total|real fan|fans of you|your|her|him|them',
        'i|we am|are now? a? big|huge|massive|total|real? fan|fans|convert|converts !of',
      ],
    ],
    [
      0.75,
      [
        'appreciate*',
        'kind',
        'friendly',
        'polite',
        'courteous',
        'patient',
        'patience',
        'patiently',
        'thorough',
        'efficient',
        'efficiently',
        'knowledgeable',
        'recommend*',
        'pleasure',
        'happy with',
        'pleased with',
        'smoothly',
      ],
    ],
    [
      0.5,
      [
        'thank*',
        'thx',
        'the best',
        'helped',
        // Thanks made stronger.
        'thank* you? so|very much',
        'many|huge|big|special|massive|sincere|heartfelt thanks|thank',
        'thanks|thank a lot|million|ton|bunch',
      ],
    ],
    [
      // What someone achieved for the client, said without a word of praise.
      1.5,
      [
        'turned|turns it|things|everything|this|that|us|matters|business|sales around|round',
        'turned|turns the|our|this|that|whole whole? situation|thing|project|account|rollout|launch|business|department|campaign|relationship|team|store|shop|site|ship around|round',
        `${STAYING} .. because|thanks of|to? him|her|them|you|your`,
        "the|only|whole|main|sole reason we|we're|were|i|i'm|im|are .. stay|stayed|staying|renewed|renewing|renew|signed|signing|still|remain|remained|returned|back",
        'made|makes it|this|that|everything|things happen',
        'pulled|dragged|got|bailed|dug|hauled .. out of a|the? fire|hole|mess|jam|pickle|ditch|mire|fix|woods',
        'came|come|comes through for us|me',
        "couldn't|couldnt have done|managed it|this|that? without him|her|you|them|your",
        'could not have done|managed it|this|that? without him|her|you|them|your',
      ],
    ],
    [
      0.75,
      [
        "if it wasn't|weren't|hadn't|wasnt|werent|hadnt been? for him|her|you|them",
        'single handedly',
        'singlehandedly',
        'rescued us|our|me|my|the',
      ],
    ],
    [
      // Words that praise only next to other praise: "quick question", "help me".
      0.25,
      [
        'great',
        'perfect',
        'perfectly',
        'quick',
        'quickly',
        'fast',
        'prompt',
        'promptly',
        'swift',
        'swiftly',
        'calm',
        'help',
        'helping',
        'satisfied',
        'sorted',
        'solved',
        'fixed',
        'highlight',
      ],
    ],
  ],
  abuse: [
    [
      2,
      [
        // Insults: aimed at someone whenever used.
        'idiot*',
        'moron*',
        'imbecil*',
        'cretin*',
        'dumbass*',
        'dimwit*',
        'halfwit*',
        'nitwit*',
        'numpty',
        'numpties',
        'retard|retards|retarded',
        'asshole*',
        'arsehole*',
        'jackass*',
        'bastard*',
        'bitch*',
        'cunt*',
        'wanker*',
        'twat*',
        'dickhead*',
        'shithead*',
        'scumbag*',
        'scum',
        'motherf*',
        'stfu',
        'gtfo',
        'screw you|u|yourself|yourselves|off',
        'piss off',
        'bugger|sod off',
        'go to hell',
        'rot|burn|roast in hell',
        'go die',
        'drop dead !gorgeous|beautiful|simple|easy|stunning|funny',
        'die in a fire|ditch|hole|gutter',
        'jump off a bridge|cliff|roof',
        'hope you|yous|they|he|she die|dies|rot|rots|choke|chokes|suffer',
        `hope your|ur|that|the ${SWEAR}? ${STAFF}|company|business|firm|shop|office|depot burns|rots|dies|chokes|suffers|collapses|fails|sinks`,
        'to hell with you|your|yous',
        'damn you|yous',
        '^ up yours',
        'shove|stick it|them|your .. up your|ur|yer|ass|arse',
        '^ get stuffed|bent',
        'go|and get stuffed|bent $',
        'shut up|it',
        'brain dead|damaged',
        'braindead',
        'lobotomi*',
        'pea brain*',
        'peabrain*',
        'half witted',
        'knuckle dragg*',
        'knuckledragg*',
        'mouth breather*',
        'single|one|two|few brain cell|cells',
        'mentally retarded|deficient|defective|challenged|subnormal',
        'simpleton*',
        'dunce|dunces',
        'dullard*',
        'buffoon*',
        'oaf|oafs',
        'ignoramus*',
        'dipshit*',
        'thicko*',
        'spastic|spastics|spaz|spazz|spacker|spackers',
        'mongoloid*',
        'window licker*',
        'inbred*',
        'subhuman*',
        'waste of oxygen|space|skin|air',
        'a child could',
        // Threats and intimidation.
        "i'll|ill|i|we|we'll make sure .. fired|sacked|unemployed",
        'get|have you|your|her|him|them .. fired|sacked',
        'have your job|jobs',
        "you'll|youll|you regret",
        'will|gonna regret this|it',
        'live to regret',
        'regret the day',
        'watch your back',
        "you'd|youd|you better watch out|it|yourself|yourselves",
        "you won't|wont know what hit you",
        "idea|forget|forgotten|realise|realize|know|understand|clue who you|you're|youre are? dealing|messing with",
        'mess|messing|messed with the wrong',
        'make you|them|him|her pay $|dearly',
        'make you|them|him|her pay for this|that|it $',
        'make you|them|him|her regret',
        'make your|his|her|their life|lives hell|miserable|unbearable',
        'make your|his|her|their life|lives a misery|nightmare|living',
        'hunt you|him|her|them down',
        'coming|come after you|yous $',
        'coming after you|yous all|people|lot',
        "i'll|ill|we'll|will find|get you $|for",
        "i'll|ill|we'll|will find you and",
        'end you|him|her|them $',
        "^ this isn't|isnt over $",
        "you've|youve been warned",
        'consider yourself|yourselves warned',
        // Violence against them or theirs, whoever says it.
        `${HARM} every|each|all? one? of? your|ur|his|her|their ${SWEAR}? ${THEIRS}`,
        `${HARM} the|this|that place|office|building|shop|depot|warehouse down`,
        `${HARM} every|each|all|the ${THEIRS} in|at|of|on your|ur|his|her|their`,
        `burn|torch your|ur|his|her|their|the|this|that ${SWEAR}? ${THEIRS} down|to`,
        'burn|torch it|everything down',
        'set fire to|on your|ur|his|her|their',
        'brick|bricks|rock|rocks|stone|stones through your|ur|his|her|their|the window|windows|windscreen|windshield|door',
        'burn you|yous|him|her|them alive',
        `${HIT} your|ur|his|her|their ${SWEAR}? ${BODY}|${PEOPLE}`,
        `break|snap your|ur|his|her|their ${BODY}`,
        `${HIT} you|him|her|them up|senseless|black|unconscious`,
        'to a pulp',
        `drag|haul|throw|chuck|kick your|ur|that ${SWEAR}? ${PEOPLE} out|outside|across|over|by|through`,
        'drag|haul|throw|chuck you|him|her out|outside|across|by',
        // Veiled threats: where someone lives, their children, what could happen to them.
        `know|knew|found|find|learned|learnt|out|discovered|seen|saw|worked where you|your|he|she|they|his|her|their .. live|lives|living|sleep|sleeps`,
        `which|what ${SCHOOL} your|his|her|their .. ${KIN}`,
        `shame|pity|terrible|awful|sad|tragic|unfortunate|tragedy|hate|sorry if|for|should|were something|anything|someone|somebody .. happen*|befell|befall|befalls .. ${ANYONE}`,
        'been|keep|kept|still|always watching|following|stalking|tailing|filming|photographing her|him',
        'been|keep|kept|still watching|stalking|tailing|filming|photographing you',
        'followed|follow|following her|him home|around|everywhere',
        'watch yourself|yourselves $',
      ],
    ],
    [
      1.5,
      [
        `your|his|her|their .. kids|children|children's|son's|daughter's|kid's|child's|grandchildren's ${SCHOOL}`,
        'have|got|know|found|obtained|with your|his|her|their .. home address|addresses',
        'home address|addresses of your|his|her|their',
        'i know|found|saw|noticed|learned what|which time|times|hour .. leave|leaves|finish|finishes|clock|home',
        'i know|found|saw|noticed|learned when .. leave|leaves|finish|finishes|clock|home',
        'i know what|which car|cars|vehicle|van .. drives|drive|driving|parks',
        "i|i've|ive know|found|learned|discovered|checked out? which|what gym|church|pub|bar|club|route|bus|train|stop|street|school|nursery|kindergarten|daycare your|his|her|their",
        'drove|driven|drive|walked|went|been past|by your|his|her|their .. house|home|flat|apartment',
        'block|blocking|ban me|my .. all you want|like',
        `been|keep|kept following|watching|stalking|tailing your ${PEOPLE}`,
        "i'll|ill|i'm|im|i|i've|ive be|been|am? parked|waiting|standing|sitting|wait|lurking outside|opposite|near|by|at her|his|their house|flat|home|place|door|apartment|building|street|window|windows",
        'accidents happen|happen|happens to people|those|folks|anyone who|that',
        'every|each day|morning|evening|night i see|watch|follow|wait',
        'bother|point|use|pointless|useless|try blocking|block me',
        "blocking|block|blocked me .. won't|wont|doesn't|doesnt|isn't|isnt|can't|cant|pointless|useless|no",
        "blocking|block|blocked my number|phone|calls|texts|messages|emails .. won't|wont|doesn't|doesnt|isn't|isnt|can't|cant|pointless|useless",
        // Sarcasm's sting: staff as dolls, hired from a zoo.
        'doll|dolly|dolls|bimbo|bimbos|barbie|barbies|airhead|airheads|mannequin|mannequins|puppet|puppets|dummy|dummies from|at|on|behind the? front? reception|desk|counter|phones|phone|till|checkout',
        'hire|hired|employ|employed|recruit|recruited|pick|picked .. from|off|at a|the? zoo|circus|asylum|madhouse|nuthouse|kindergarten|gutter|sewer|pound',
      ],
    ],
    [
      1,
      [
        "she'd|he'd|she|he better smile",
        'she|he had better smile',
        'see|watch|watched|saw her|him every|each day|morning|evening|night|time',
        'hire|employ|recruit someone|somebody|people|staff|anyone who|that can|could|actually .. read|count|think|spell|listen',
        `shame|pity|terrible|awful|sad|tragic|unfortunate if|for|should|were .. ${ANYONE} .. accident`,
      ],
    ],
    [
      0.75,
      [
        'not|never threatening|threaten anyone|anybody|you|nobody',
        "not|isn't|isnt|never|no a? threat|threatening $|but|just|simply|merely|only|it's|its|i'm|im|i|rather",
        'take|taking this as a threat',
      ],
    ],
    [
      0.75,
      // "I know where your office is": a threat with another sign, else a visit to come.
      [
        "i know where you|your|you're|he|she|they",
        "i'll|ill|i'm|im|i be? waiting|wait for her|him after|outside|again|every",
      ],
    ],
    [
      0.5,
      [
        "we know where you|your|you're|he|she|they",
        'parked|waiting|standing|sitting|wait|lurking outside|opposite|near|by|at her|his|their house|flat|home|place|door|apartment|building|street|window|windows',
      ],
    ],
    [
      2,
      [
        "you'll|youll|you will? pay for this|that",
        'kill|destroy|ruin|bury|crush you|him|her|them',
        'hurt you',
        'smash|slash|burn|wreck|punch|kick|beat|break|smack your|his|her|their face|head|legs|nose|teeth|windscreen|windshield|car|tyres|tires|windows|van|truck|lorry',
        'beat|punch|smack you|him|her up?',
        'destroy|ruin your career|reputation|business|company|life|lives',
        "won't|wont|don't|dont last long",
        'friends|contacts|connections in the? ministry|police|government|press|council',
        // Harassment and demeaning.
        'listen|look|hey|now|ok|okay little|young girl|lady|boy|man',
        `${YOU} look|looked|are|re so? hot|sexy|cute|gorgeous`,
        'what are you wearing',
        `${AT_YOU} ${INSULTING}|joke|disgrace|${INSULT_MANY}`,
        `${YOU} ${FILL}? ${FILL}? a|an|such ${AS_A} ${INSULT_ONE}`,
        `your|ur|that|this ${STAFF} is|are|was|were ${AS_A} ${INSULT_ONE}|${INSULT_MANY} !${NOT_A_BEAST}`,
        `${STAFF} of yours is|are|was|were ${AS_A} ${INSULT_ONE}|${INSULT_MANY} !${NOT_A_BEAST}`,
        `${INSULTING} ${INSULTING}? little|old|young? ${PERSON}`,
        `bunch|pack|load|herd of ${PERSON}|cowboys|muppets|clowns|amateurs|monkeys`,
        'piece of shit|crap|garbage|trash|work',
        'too stupid|dumb|thick|lazy|incompetent',
        `are ${YOU} ${FILL}? ${FILL}? ${DULL}`,
        `are|is your|ur ${STAFF} ${FILL}? ${DULL}`,
        "can't|cant|cannot you read",
        'someone|anyone|somebody|person with a brain',
        'someone|anyone|somebody|person|people|staff with a|an|any|some|half? a? working|functioning|functional|actual|real|single|operational? brain|brains|clue|iq|braincell|braincells',
        'ashamed of yourself|yourselves|herself|himself',
      ],
    ],
    [
      2,
      [
        // Harm with ordinary verbs: "smash every window", "I'll come down and break his legs".
        `${WRECK} in|down|up? ${ALL} single|of|the|your|his|her|their? the|your|his|her|their? ${SWEAR}? ${THEIRS}`,
        `i'll|ill|i|we'll|we|gonna|going|i'm|im|will|shall .. smash|smashing|break|breaking|wreck|wrecking|trash|trashing|torch|torching|burn|burning|slash|slashing|bust|busting|rip|ripping|tear|tearing .. ${BODY}|${THEIRS}`,
        `break|snap|smash|shatter|breaking|snapping both|every his|her|your|their? ${BODY}|bone|bones`,
        'round|over|down|back|along|by|up with|and|bringing the|a|some|couple|few? of? the? boys|lads|heavies',
        `teach|taught|teaching you|him|her|them|that|this|your|ur|those ${SWEAR}? ${PEOPLE}|courier|fitter|installer|idiot|lot? a lesson !on|in|about|at|plan|plans|for|every|next|this|tomorrow|today|per|of`,
        'track|tracking|hunt|hunting him|her|them down',
        // Demeaning without a swear word: "the IQ of a doorknob", "smarter than a stool".
        `${WITS} of a|an|my|your .. ${DULL_THING}`,
        `smarter|brighter|cleverer|sharper|wiser|quicker|dumber|dimmer|thicker|denser|slower than|as a|an|my|your .. ${DULL_THING}`,
        `dumbest|stupidest|thickest|dimmest|densest|dopiest ${PERSON}|${PEOPLE}|people|staff|person|employees|agents|workers|bunch|lot|crew|team`,
        `most incompetent|clueless|useless|brainless ${PERSON}|${PEOPLE}|people|staff|person|employees|agents|workers|bunch|lot|crew`,
      ],
    ],
    [
      1.5,
      [
        'with|bring|bringing|send|sending the boys|lads|heavies $|and|round|over|down|then|next|tomorrow|tonight',
        'teach|taught you|him|her|them some manners|respect',
        "i'll|ill|we'll|will|gonna find|get him|her $",
        // Harassment: "tell her to watch herself", "friends who don't take kindly".
        'watch|mind herself|himself|themselves',
        'watch|mind her|his|their back',
        'tell|warn her|him|them to watch|mind herself|himself|themselves|out|it|their|her|his',
        "friends|mates|people|boys|lads|contacts|cousins|brothers .. who|that .. don't|dont|won't|wont|not take kindly",
        `${PEOPLE}|he|she|they|you|who|staff|team|lot|people|he's|she's|they're|you're|hes|shes|theyre|youre|lad .. as thick|dim|dumb|sharp|bright|smart|clever|useful as a|an .. ${DULL_THING}`,
        `who|he|she|they|he's|she's|they're|hes|shes sounds|sound|looks|look|talks|talk|acts|act|behaves|behave|writes|write .. ${CHILDISH}`,
        'how do|did|does you|these|such people|lot|guys|clowns even|ever? get|got hired|employed|jobs',
        'how .. even get|got hired|employed|jobs',
        'how do|does|did .. still have|keep|got a|their|his|her|your job|jobs',
        'who|whoever hired|hires|employed|employs|recruited these|those|such people|clowns|idiots|muppets|amateurs|jokers',
        'who on earth|the hell|in hell hires|hired|employs|employed|recruits|recruited',
        `he|she|he's|she's|hes|shes|who|they|they're|theyre is|was|are|were|'s? ${AS_A} ${BEAST}|beasts|animals|pigs|cows|apes|monkeys|rats|snakes|dogs|swines !${NOT_A_BEAST}`,
        "can't|cant|cannot|couldn't|couldnt|not|unable|incapable .. string|put two|three|a words|sentence|sentences together",
        'belongs|belong|fit|suited|off .. flipping|stacking|mopping|sweeping|scrubbing|flip|stack|mop|sweep|scrub burgers|shelves|floors|toilets|streets',
      ],
    ],
    [
      1,
      [
        "don't|dont|not take kindly to people|folk|folks|anyone|staff|those",
        'who|whoever hired|hires him|her|them $',
      ],
    ],
    [
      0.75,
      [
        // Stalking: her social media, every day, when she leaves, a wink after.
        `found|find|tracked|got|know|located|checked|stalked|seen|saw|looked|dug his|her|their ${SOCIALS}|number|address`,
        `tracked|hunted|found|stalked|dug|looked|searched up|down|out? her|him|your|ur|that|this|the .. on|via|through ${SOCIALS}`,
        'message|messaging|write|writing|text|texting|email|emailing|call|calling|ring|ringing|dm|dming|visit|visiting|phone|phoning to? her|him .. every|each day|night|morning|evening|hour|week|weekend',
        'hearing|hear from me .. every|each|daily|nightly|nonstop|constantly',
        'i|we know|noticed|found|saw|learned|learnt|clocked .. he|she|they|your|ur|that finishes|finish|leaves|leave|clocks|locks|closes|walks|gets|works|goes|heads|arrives|starts',
        'waiting|wait|lurking|lurk|hanging|standing|meet|meeting|catch|greet for? her|him at|by|outside|near|opposite|round the|her|his|their staff? door|doors|exit|entrance|gate|gates|car|carpark|stairwell|stop|back',
        'waiting|wait|lurking|lurk|hanging|standing at|by|outside|near|opposite|round the|her|his|their staff door|doors|exit|entrance|gate|gates|car|carpark|stairwell',
        'lurking|lurk at|by|outside|near|opposite|round the|her|his|their door|doors|exit|entrance|gate|gates|car|carpark|stairwell|stop|back',
        'door|doors|exit|entrance|gate|gates|car|carpark|home|house|outside|waiting|tonight|alone|dark|closer|soon|personally|address|later|evening|night|street|stop .. \u{1F609}|\u{1F60F}',
      ],
    ],
    [0.5, ['just a friendly word|warning $']],
    [
      1.5,
      [
        // Profanity.
        'fuck*',
        'f_*',
        'fck*',
        'fuk*',
        'fcuk*',
        'fking',
        'shit*',
        'sh_t*',
        'bullshit*',
        'b_tch*',
        'a_hole*',
        'prick',
        'pricks',
        'you|such|being|total|complete|what dick|dicks',
        'ass|arse',
        'smartass*',
        'clowns',
        'losers',
        'muppets',
        'disgrace to',
        'sweetheart|sweetie|babe',
        'listen|look|hey|now|ok|okay honey|darling|love|dear|sweetie|missy|sonny|princess',
        'see to it .. never',
        'never work .. again',
        'or else $',
        "won't|wont|will not be pleasant",
        "you'll|youll|you will be sorry",
        // ... and said of another: "he'll be sorry", "you will all be very sorry".
        "you'll|youll|he'll|she'll|they'll|theyll|you|he|she|they all|very|really|so|truly|soon|will|are|is|going|gonna|to? all|very|really|so|truly|soon|going|gonna|to|be? all|very|really|so|be? be sorry !to|that|for|about|if|when|we|i|it",
        'send me .. pics|photos|pictures|photo|pic|selfie*',
      ],
    ],
    [1, ['wtf', 'goddamn*', 'get lost']],
    [0.75, ['crap', 'crappy']],
    [
      0.5,
      [
        'damn',
        'damned',
        'damnit',
        'bloody',
        'pissed',
        'the hell',
        'you people',
        'thanks|thank for nothing',
      ],
    ],
  ],
  // Mushrooms, not profanity.
  ignore: ['shitake', 'shittake'],
};
