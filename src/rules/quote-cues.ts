// Lexicons for the quote extractor (src/extract/quotes.ts): data, not code branches.
// Every list is lower-case; multi-word entries are matched token by token ("pointed out", "a déclaré").
// Adding a language = adding its words here.

/** Reporting verbs and phrases that attribute speech, by language. The inflected forms are listed, not stemmed. */
export const CUE_WORDS: Record<string, readonly string[]> = {
  en: [
    // say / tell / add: the workhorses
    'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding',
    'stated', 'states', 'stating', 'explained', 'explains', 'explaining', 'noted', 'notes', 'noting',
    'stressed', 'stresses', 'stressing', 'warned', 'warns', 'warning', 'insisted', 'insists', 'insisting',
    'argued', 'argues', 'arguing', 'claimed', 'claims', 'claiming', 'declared', 'declares', 'declaring',
    'announced', 'announces', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'recalled', 'recalls',
    'remarked', 'remarks', 'remarking', 'observed', 'observes', 'quipped', 'quips', 'joked', 'jokes', 'tweeted', 'tweets',
    'posted', 'wrote', 'writes', 'writing', 'asked', 'asks', 'asking', 'replied', 'replies', 'answered', 'answers',
    'responded', 'responds', 'countered', 'counters', 'continued', 'continues', 'suggested', 'suggests',
    'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'complained', 'complains', 'conceded',
    'concedes', 'concluded', 'concludes', 'emphasized', 'emphasizes', 'emphasised', 'emphasises', 'cautioned',
    'cautions', 'boasted', 'boasts', 'shouted', 'shouts', 'yelled', 'urged', 'urges', 'reiterated', 'reiterates',
    'confirmed', 'confirms', 'testified', 'testifies', 'mused', 'muses', 'lamented', 'laments', 'charged',
    'alleged', 'alleges', 'contended', 'contends', 'maintained', 'maintains', 'asserted', 'asserts',
    'wondered', 'wonders', 'thundered', 'proclaimed', 'proclaims', 'pledged', 'pledges', 'whispered',
    'recounted', 'recounts', 'interjected', 'retorted', 'shot back', 'fired back', 'snapped', 'barked', 'beamed', 'gushed', 'scoffed', 'exclaimed', 'commented', 'comments',
    'explained', 'reported', 'reports', 'announced', 'read', 'cried', 'screamed', 'chanted', 'sang',
    'pointed out', 'points out', 'went on', 'goes on', 'according to', 'put it', 'puts it', 'summed up',
    'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled', 'labelled',
    'branded', 'termed', 'referred to', 'criticized', 'criticised', 'praised', 'blasted', 'slammed',
    'agreed', 'agrees', 'disagreed', 'denied', 'denies', 'believes', 'believed', 'thinks', 'thought',
    'wrote in', 'said in', 'declined', 'insisted', 'added that', 'explains', 'quoted', 'quoting', 'echoed',
    'echoes', 'predicted', 'acknowledged', 'chimed in', 'spoke', 'speaking', 'opined', 'mocked', 'boomed',
    'stressed', 'signaled', 'signalled', 'indicated', 'indicates', 'demanded', 'demands', 'pleaded', 'begged',
    'prayed', 'hinted', 'conceded', 'protested', 'objected', 'accused', 'accuses', 'attacked', 'touted', 'touts',
    'tells', 'texted', 'emailed', 'e-mailed', 'wrote on', 'posted on', 'shared', 'announcing', 'reassured',
    'assured', 'assures', 'affirmed', 'affirms', 'reminded', 'reminds', 'recalled', 'advised', 'added:',
    // words shouted, chanted or carried, in every tense ("chanting "…"", "a sign that reads "…"")
    'chanting', 'chants', 'chant', 'shouting', 'shout', 'yelling', 'yells', 'screaming', 'screams', 'crying', 'cries',
    'interjecting', 'interjects', 'reads', 'reading', 'singing', 'sings', 'echoing',
  ],
  de: [
    'sagte', 'sagt', 'sagten', 'sagen', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont',
    'meinte', 'meint', 'äußerte', 'äußert', 'schrieb', 'schreibt', 'teilte', 'teilt', 'ergänzte', 'ergänzt',
    'berichtete', 'berichtet', 'kritisierte', 'kritisiert', 'warnte', 'warnt', 'forderte', 'fordert',
    'bekräftigte', 'bekräftigt', 'bezeichnete', 'bezeichnet', 'nannte', 'nennt', 'verkündete', 'verkündet',
    'kommentierte', 'kommentiert', 'antwortete', 'antwortet', 'unterstrich', 'unterstreicht', 'versicherte',
    'versichert', 'erläuterte', 'erläutert', 'bestätigte', 'bestätigt', 'räumte', 'fügte', 'fügt', 'sprach',
    'spricht', 'zitiert', 'zitierte', 'hieß', 'heißt', 'verlautete', 'verlautbarte', 'gab', 'gibt', 'stellte',
    'stellt', 'mahnte', 'mahnt', 'appellierte', 'beklagte', 'beklagt', 'lobte', 'lobt', 'ließ', 'lässt',
    'verwies', 'verweist', 'kündigte', 'kündigt', 'rief', 'ruft', 'sagte:', 'argumentierte', 'argumentiert',
    'behauptete', 'behauptet', 'verteidigte', 'verteidigt', 'zeigte', 'zeigt', 'resümierte', 'resümiert',
    'urteilte', 'urteilt', 'twitterte', 'erinnerte', 'erinnert', 'beteuerte', 'beteuert', 'glaubt', 'glaubte',
    'sieht', 'sah', 'findet', 'fand', 'schätzt', 'schätzte', 'befürchtet', 'befürchtete', 'hofft', 'hoffte',
    'wies', 'weist', 'vermutete', 'vermutet', 'wird zitiert', 'wurde zitiert', 'so', 'laut', 'zufolge',
    'nach angaben', 'nach ansicht', 'nach meinung', 'nach worten', 'gegenüber', 'bezeichnen', 'titelte',
    'schrieben', 'erklärten', 'forderten', 'kritisierten', 'betonten', 'warnten', 'meinten', 'teilten',
    'konstatierte', 'konstatiert', 'zurückgewiesen', 'warf', 'warfen', 'zugesichert', 'sicherte', 'hob', 'bemerkte',
    'entgegnete', 'erwiderte', 'klagte', 'konterte', 'beschrieb', 'drohte', 'verlangte', 'bilanzierte', 'schimpfte',
    'wetterte', 'begründete', 'dementierte', 'versprach', 'widersprach', 'präzisierte', 'mitgeteilt', 'erklärt',
    'gefordert', 'angekündigt', 'geäußert', 'genannt', 'bezeichnet', 'kritisiert', 'gewarnt', 'betont', 'zitierten',
    // evaluative speech acts that frame a quoted phrase ("würdigte ihn als „…“", "skandierten „…“")
    'würdigte', 'würdigt', 'würdigten', 'skandierte', 'skandierten', 'skandiert', 'riefen', 'wertete', 'wertet', 'charakterisierte',
    'verurteilte', 'verurteilten', 'rechtfertigte', 'begrüßte', 'begrüßten', 'empfahl', 'empfiehlt', 'verspricht', 'rät', 'riet',
    'beurteilte', 'beschrieben', 'beschreibt', 'titulierte', 'nannten', 'sprachen', 'bemängelte', 'monierte', 'rügte',
    'attestierte', 'prophezeite', 'bekundete', 'befand', 'beschwor', 'beschwören', 'feststellt', 'festgestellt',
    'bezeichneten', 'hält', 'hielt', 'verkündeten', 'schilderte', 'schildert',
    'fragte', 'fragt', 'fragten', 'fragen', 'wirft', 'werfen', 'begründet',
  ],
  fr: [
    'a déclaré', 'déclare', 'a dit', 'dit', 'disait', 'a affirmé', 'affirme', 'a expliqué', 'explique',
    'a ajouté', 'ajoute', 'selon', "d'après", 'a souligné', 'souligne', 'a estimé', 'estime', 'a précisé',
    'précise', 'a indiqué', 'indique', 'a assuré', 'assure', 'a confié', 'confie', 'a lancé', 'lance',
    'a martelé', 'martèle', 'a raconté', 'raconte', 'a poursuivi', 'poursuit', 'a rappelé', 'rappelle',
    'a insisté', 'insiste', 'a averti', 'avertit', 'prévient', 'a prévenu', 'note', 'a noté', 'observe',
    'a commenté', 'commente', 'a répondu', 'répond', 'a réagi', 'réagit', "s'est exclamé", 'a jugé', 'juge',
    'a reconnu', 'reconnaît', 'a écrit', 'écrit', 'a annoncé', 'annonce', 'a tweeté', 'a regretté', 'regrette',
    'a dénoncé', 'dénonce', 'a confirmé', 'confirme', 'a admis', 'admet', 'a insisté', 'a conclu', 'conclut',
    'a qualifié', 'qualifie', 'a résumé', 'résume', 'a plaidé', 'plaide', 'a demandé', 'demande', 'a mis en garde',
    'déclarait', 'expliquait', 'ajoutait', 'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il dit', 'a-t-elle dit',
    'a-t-il ajouté', 'a-t-elle ajouté', 'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il affirmé',
    'a-t-elle affirmé', 'a-t-il souligné', 'a-t-elle souligné', 'a-t-il précisé', 'a-t-elle précisé',
    'a-t-il estimé', 'a-t-elle estimé', 'dit-il', 'dit-elle', 'explique-t-il', 'explique-t-elle',
    'ajoute-t-il', 'ajoute-t-elle', 'estime-t-il', 'estime-t-elle', 'souligne-t-il', 'souligne-t-elle',
    'précise-t-il', 'précise-t-elle', 'poursuit-il', 'poursuit-elle', 'assure-t-il', 'assure-t-elle',
  ],
  nl: [
    'zei', 'zegt', 'zeggen', 'zeiden', 'gezegd', 'aldus', 'vertelde', 'vertelt', 'voegde', 'voegt',
    'verklaarde', 'verklaart', 'benadrukte', 'benadrukt', 'stelde', 'stelt', 'waarschuwde', 'waarschuwt',
    'legde', 'legt', 'volgens', 'schreef', 'schrijft', 'antwoordde', 'antwoordt', 'reageerde', 'reageert',
    'liet weten', 'laat weten', 'meldde', 'meldt', 'gaf aan', 'geeft aan', 'noemde', 'noemt', 'vindt',
    'vond', 'zegde', 'beklemtoonde', 'beklemtoont', 'onderstreepte', 'onderstreept', 'bevestigde',
    'bevestigt', 'erkende', 'erkent', 'twitterde', 'tweette', 'riep', 'roept', 'klonk het', 'klinkt het',
    'luidde het', 'aldus de', 'verduidelijkte', 'verduidelijkt', 'wees', 'wijst', 'meent', 'meende',
    'herhaalde', 'herhaalt', 'kondigde', 'kondigt', 'vroeg', 'vraagt', 'besloot', 'concludeerde',
  ],
};

/**
 * Cue words of the lexicon that are not speech acts on their own (parts of phrasal verbs: "stellte … vor",
 * "gab … bekannt", "teilte … mit"): a short quoted phrase whose only cue is one of these is a name or a
 * term ("stellte ein „Musik-Handy“ vor", "hieß das Lokal «Zur Hütte»"), not words someone said.
 */
export const NON_SPEECH_CUES: readonly string[] = [
  'stellte', 'stellt', 'stellten', 'gab', 'gibt', 'gaben', 'findet', 'fand', 'zeigte', 'zeigt', 'ließ', 'lässt',
  'berichtete', 'berichtet', 'berichten', 'hieß', 'heißt', 'sang', 'kündigte', 'kündigt', 'verwies', 'verweist',
  'teilte', 'teilt', 'glaubt', 'glaubte', 'hofft', 'hoffte',
];

/** Naming verbs that, with a reflexive or impersonal pronoun after them, give a name: "nennt sich „X“", "nennt man einen „X“". */
export const NAMING_CUES: readonly string[] = ['nennt', 'nannte', 'nennen', 'nannten', 'hält', 'hielt', 'noemt', 'noemde', 'appelle', 'appelait'];

/** Cues that precede the speaker rather than follow it: "according to X", "selon X", "laut X", "volgens X". */
export const SOURCE_PREPOSITIONS: readonly string[] = [
  'according to', 'selon', "d'après", 'laut', 'volgens', 'nach angaben', 'nach ansicht', 'nach worten',
  'nach meinung', 'zufolge', 'aldus',
];

/** Cues after which the addressee or medium follows: "told VRT", "sagte der Zeitung". */
export const MEDIUM_CUES: readonly string[] = [
  'told', 'tells', 'tell', 'telling', 'wrote in', 'said in', 'vertelde', 'vertelt', 'a confié', 'confie',
  'a déclaré à', 'sagte gegenüber', 'gegenüber',
];

/** Words that may stand between a speaker and the cue without ending the subject ("X also said", "X has said"). */
export const CUE_FILLERS: readonly string[] = [
  'also', 'has', 'have', 'had', 'later', 'then', 'once', 'previously', 'recently', 'again', 'further', 'further',
  'repeatedly', 'would', 'will', 'had', 'just', 'simply', 'bluntly', 'flatly', 'frequently', 'often', 'privately',
  'publicly', 'separately', 'subsequently', 'reportedly', 'allegedly', 'famously', 'told', 'once', 'even',
  'recently', 'earlier', 'yesterday', 'today', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'on', 'in', 'last', 'this', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon',
  'quickly', 'immediately', 'finally', 'angrily', 'proudly', 'calmly', 'firmly', 'not', 'has also', 'been',
  'auch', 'hat', 'habe', 'hatte', 'noch', 'dazu', 'ferner', 'zudem', 'außerdem', 'weiter', 'bereits', 'schon',
  'aussi', 'encore', 'également', 'ook', 'nog', 'al', 'heeft', 'had', 'daarnaast', 'verder', 'wel',
];

/** Pronouns that stand for a speaker, resolved to the running person. */
export const PRONOUNS: readonly string[] = [
  'he', 'she', 'they', 'i', 'we', 'him', 'her',
  'er', 'sie', 'ich', 'wir',
  'il', 'elle', 'ils', 'elles', 'je', 'nous',
  'hij', 'zij', 'ze', 'ik', 'wij', 'we',
];

/** Determiners that open a common-noun speaker ("the spokesman", "der Sprecher", "le porte-parole", "de woordvoerder"). */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another', 'other', 'some', 'several', 'many', 'two', 'three',
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'sein', 'seine', 'ihr', 'ihre',
  'dessen', 'deren', 'dieser', 'diese', 'zahlreiche',
  // inflected German possessives and articles ("mit seinem „…“", "einen „…“")
  'einen', 'seinem', 'seinen', 'seiner', 'seines', 'ihrem', 'ihren', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer',
  'le', 'la', 'les', 'un', 'une', "l'", 'son', 'sa', 'ses', 'leur',
  'de', 'het', 'een', 'zijn', 'haar',
];

/** Name particles kept inside a person's name ("Paul Van Tigchelt", "Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'von', 'de', 'der', 'den', 'ter', 'ten', 'te', 'le', 'la', 'du', 'da', 'di', 'del', 'della', 'dos', 'das',
  'bin', 'ibn', 'al', 'el', 'y', 'zu', "d'", 'mc', 'st.',
];

/**
 * Role words: a capitalised run that holds one of these before a name is "descriptor + name"
 * ("Federal Justice Minister Paul Van Tigchelt"); a determiner phrase ending in one is a person
 * ("the spokesman"). German compounds are matched by suffix ("Bundesinnenminister", "RTL-Chefin").
 */
export const ROLE_WORDS: readonly string[] = [
  'minister', 'president', 'vice-president', 'secretary', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'chancellor', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'chief', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'founder', 'leader', 'head', 'commissioner', 'ambassador', 'judge', 'justice',
  'attorney', 'prosecutor', 'general', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'adm.', 'officer', 'official', 'officials',
  'analyst', 'professor', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.', 'miss', 'sir', 'lord', 'lady', 'king', 'queen', 'prince',
  'princess', 'pope', 'bishop', 'rev.', 'reverend', 'father', 'sister', 'coach', 'manager', 'candidate', 'nominee',
  'congressman', 'congresswoman', 'lawmaker', 'adviser', 'advisor', 'aide', 'ally', 'strategist', 'pollster', 'economist',
  'expert', 'researcher', 'scientist', 'author', 'writer', 'editor', 'columnist', 'correspondent', 'reporter', 'host',
  'anchor', 'commentator', 'activist', 'lawyer', 'counsel', 'sheriff', 'inspector', 'detective', 'captain', 'sergeant',
  'colonel', 'lieutenant', 'admiral', 'speaker', 'whip', 'delegate', 'deputy', 'mp', 'mep', 'councillor', 'councilman',
  'councilwoman', 'alderman', 'treasurer', 'owner', 'president-elect', 'businessman', 'businesswoman', 'billionaire',
  'mogul', 'rapper', 'singer', 'actor', 'actress', 'star', 'player', 'striker', 'chef', 'chefin', 'sprecher',
  'sprecherin', 'ministerin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'vorsitzende', 'vorsitzender',
  'direktor', 'direktorin', 'leiter', 'leiterin', 'sekretär', 'sekretärin', 'bürgermeister', 'bürgermeisterin',
  'abgeordnete', 'abgeordneter', 'experte', 'expertin', 'politiker', 'politikerin', 'anwalt', 'anwältin',
  'richter', 'richterin', 'trainer', 'trainerin', 'botschafter', 'botschafterin', 'generalsekretär', 'chef', 'premier',
  'ministre', 'président', 'présidente', 'porte-parole', 'maire', 'directeur', 'directrice', 'député', 'députée',
  'procureur', 'sénateur', 'secrétaire', 'avocat', 'avocate', 'juge', 'patron', 'patronne', 'dirigeant',
  'woordvoerder', 'woordvoerster', 'burgemeester', 'voorzitter', 'directeur', 'premier', 'minister', 'staatssecretaris',
  'schepen', 'advocaat', 'rechter', 'professor', 'deskundige', 'topman', 'topvrouw', 'kamerlid', 'fractieleider',
  'officier', 'commissaris', 'gouverneur', 'pater', 'kardinal', 'papst', 'bischof', 'landrat', 'senator', 'intendant',
];

/** German/Dutch compound suffixes that make a word a role ("Regierungssprecher", "Außenministerin", "partijvoorzitter"). */
export const ROLE_SUFFIXES: readonly string[] = [
  'minister', 'ministerin', 'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef',
  'chefin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'leiter', 'leiterin', 'sekretär', 'sekretärin',
  'meister', 'meisterin', 'experte', 'expertin', 'politiker', 'politikerin', 'anwalt', 'anwältin', 'führer', 'führerin',
  'vertreter', 'vertreterin', 'berater', 'beraterin', 'kommissar', 'kommissarin', 'beauftragte', 'beauftragter',
  'voorzitter', 'woordvoerder', 'woordvoerster', 'secretaris', 'leider', 'spokesman', 'spokeswoman', 'president',
  'manager', 'managerin', 'trainer', 'trainerin', 'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin',
  'abgeordnete', 'abgeordneter', 'senator', 'senatorin', 'botschafter', 'botschafterin', 'richter', 'richterin',
  // inflected (genitive, dative, weak) forms: "des Verteidigungsministers Karl Beck", "dem Vorstandsvorsitzenden Ina Roth"
  'ministers', 'präsidenten', 'kanzlers', 'chefs', 'sprechers', 'vorsitzenden', 'direktors', 'leiters', 'sekretärs',
  'experten', 'politikers', 'anwalts', 'führers', 'vertreters', 'beraters', 'kommissars', 'beauftragten', 'managers',
  'trainers', 'forschers', 'wissenschaftlers', 'abgeordneten', 'senators', 'botschafters', 'richters',
];

/** Words that make a speaker an organisation ("the Federal Prosecutor's Office", "State Security", "die Polizei"). */
export const ORGANIZATION_WORDS: readonly string[] = [
  'office', 'ministry', 'department', 'services', 'service', 'security', 'police', 'agency', 'commission', 'council',
  'committee', 'party', 'union', 'court', 'government', 'administration', 'institute', 'university', 'association',
  'foundation', 'bank', 'company', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'group', 'campaign', 'bureau', 'parliament',
  'senate', 'house', 'congress', 'network', 'news', 'times', 'post', 'journal', 'press', 'tribune', 'herald', 'network',
  'organization', 'organisation', 'army', 'military', 'navy', 'pentagon', 'white', 'kremlin', 'ministry', 'embassy',
  'statement', 'spokesmen', 'firm', 'team', 'club', 'authority', 'authorities', 'board', 'federation', 'coalition',
  'fund', 'unit', 'center', 'centre', 'institution', 'regime', 'cabinet', 'prosecution', 'prosecutors', 'cnn', 'nbc',
  'abc', 'cbs', 'fox', 'reuters', 'afp', 'ap', 'bbc', 'vrt', 'rtbf', 'belga', 'dpa',
  // media named by what they are ("the newspaper said", "the broadcaster reported")
  'newspaper', 'newspapers', 'magazine', 'tabloid', 'broadcaster', 'outlet', 'website',
  'quotidien', 'hebdomadaire', 'krant', 'dagblad', 'weekblad', 'omroep', 'magazin', 'nachrichtenagentur', 'nachrichtenmagazin',
  'ministerium', 'regierung', 'polizei', 'staatsanwaltschaft', 'bundesanwaltschaft', 'amt', 'partei', 'verband',
  'gericht', 'behörde', 'behörden', 'kommission', 'unternehmen', 'konzern', 'gewerkschaft', 'bundesregierung',
  'verein', 'stiftung', 'zeitung', 'agentur', 'sender', 'fraktion', 'bundesamt', 'institut', 'rat',
  'ministère', 'gouvernement', 'parquet', 'parti', 'syndicat', 'commission', 'tribunal', 'entreprise', 'société',
  'ministerie', 'regering', 'politie', 'parket', 'partij', 'vakbond', 'bedrijf', 'rechtbank', 'gemeente', 'stad',
];

/** Capitalised words that open sentences or clauses but are never part of a name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'however', 'meanwhile', 'also', 'still', 'yet', 'then', 'later',
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'as', 'after', 'before', 'when', 'while', 'if', 'since',
  'because', 'although', 'though', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'we', 'i', 'he', 'she', 'they', 'you', 'one', 'asked', 'speaking', 'during',
  'yesterday', 'today', 'tomorrow', 'last', 'next', 'now', 'instead', 'indeed', 'still', 'even', 'only', 'both',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'asked', 'what', 'why',
  'how', 'who', 'where', 'which', 'whether', 'not', 'no', 'yes', 'well', 'okay', 'ok', 'oh', 'so', 'thus', 'again',
  'der', 'die', 'das', 'ein', 'eine', 'dazu', 'weiter', 'außerdem', 'auch', 'dabei', 'damals', 'zudem', 'später',
  'heute', 'gestern', 'am', 'im', 'bei', 'nach', 'vor', 'mit', 'von', 'für', 'auf', 'aus', 'über', 'unter', 'zum',
  'zur', 'doch', 'aber', 'und', 'oder', 'denn', 'dies', 'diese', 'dieser', 'dieses', 'es', 'er', 'sie', 'wir',
  'ich', 'man', 'jedoch', 'allerdings', 'daher', 'deshalb', 'zwar', 'nun', 'dann', 'so', 'wie', 'was', 'wer',
  // German sentence and clause openers, capitalised only because they open the sentence
  'als', 'insbesondere', 'falls', 'unterdessen', 'inzwischen', 'indessen', 'trotzdem', 'dennoch', 'darauf', 'daraufhin',
  'darin', 'daraus', 'dafür', 'dagegen', 'davon', 'damit', 'danach', 'dadurch', 'hier', 'dort', 'wenn', 'weil', 'ob',
  'obwohl', 'nachdem', 'während', 'seit', 'bevor', 'sobald', 'laut', 'gemäß', 'zufolge', 'denn', 'also', 'vielmehr',
  'sogar', 'bisher', 'bislang', 'zuvor', 'zuletzt', 'zunächst', 'schließlich', 'letztlich', 'offenbar', 'offensichtlich',
  'vermutlich', 'wahrscheinlich', 'angeblich', 'jetzt', 'immer', 'nie', 'nur', 'noch', 'schon', 'bereits', 'ebenso',
  'ebenfalls', 'gleichzeitig', 'zugleich', 'außer', 'ohne', 'gegen', 'durch', 'um', 'wegen', 'trotz', 'seine', 'sein',
  'ihre', 'ihr', 'dem', 'den', 'des', 'einer', 'einem', 'einen', 'eines', 'letztere', 'letzterer', 'ersterer', 'erstere',
  'le', 'la', 'les', 'un', 'une', 'mais', 'et', 'ou', 'il', 'elle', 'ils', 'elles', 'on', 'selon', 'pour', 'dans',
  'de', 'het', 'een', 'maar', 'en', 'hij', 'zij', 'ze', 'volgens', 'ook', 'dat', 'dit', 'die', 'deze',
];

/** Words right before a quoted name that make it a title, ship, restaurant or paper, not a quotation. */
export const WORK_NOUNS: readonly string[] = [
  'book', 'novel', 'film', 'movie', 'song', 'album', 'show', 'series', 'program', 'programme', 'play', 'musical',
  'magazine', 'newspaper', 'paper', 'column', 'article', 'essay', 'poem', 'ship', 'vessel', 'boat', 'yacht',
  'restaurant', 'bar', 'hotel', 'café', 'cafe', 'operation', 'slogan', 'hashtag', 'nicknamed',
  'dubbed', 'titled', 'entitled', 'called', 'named', 'headlined', 'brand', 'label', 'initiative',
  'documentary', 'podcast', 'blog', 'website', 'app', 'memoir', 'memoirs', 'pseudonym', 'alias', 'so-called',
  'buch', 'roman', 'films', 'lied', 'album', 'sendung', 'serie', 'magazin', 'magazins', 'magazines', 'zeitung', 'zeitschrift',
  'nachrichtenmagazin', 'nachrichtenmagazins', 'wochenzeitung', 'tageszeitung', 'zeitungen', 'blatt', 'blattes',
  'schiff', 'schiffes', 'schiffs', 'frachter', 'tanker', 'fähre', 'restaurant', 'restaurants', 'lokal', 'kneipe',
  'hotel', 'hotels', 'titel', 'motto', 'operation', 'projekt', 'projekts', 'kampagne', 'programm',
  'programms', 'film', 'filmes',
  'theaterstück', 'stück', 'oper', 'musical', 'spiel', 'spiels', 'verein', 'vereins', 'partei', 'bündnis',
  'bündnisses', 'gruppe', 'band', 'marke', 'spitzname', 'spitznamen', 'genannt', 'genannte', 'genannten', 'namens', 'sogenannte', 'sogenannter', 'sogenanntes',
  'sogenannten', 'so genannte', 'so genannten', 'bezeichnung', 'begriff', 'begriffs', 'wort', 'unwort', 'slogan',
  'aktion', 'festival', 'festivals', 'preis', 'preises', 'ausstellung', 'schlagzeile', 'überschrift', 'fernsehsender',
  'sender', 'senders', 'radiosender', 'website', 'internetseite', 'portal', 'plattform', 'blog', 'kolumne',
  'livre', 'roman', 'chanson', 'émission', 'journal', 'navire', 'bateau', 'surnommé', 'baptisé', 'intitulé',
  'boek', 'lied', 'programma', 'krant', 'tijdschrift', 'schip', 'bijnaam', 'genaamd', 'getiteld', 'operatie',
  'werk', 'werks', 'werke',
];

/** Endings of German compound nouns of works and media ("Fachblatt", "Erstwerk", "Kinofilm", "Boulevardzeitung"). */
export const WORK_SUFFIXES_DE: readonly string[] = [
  'blatt', 'blattes', 'zeitung', 'zeitschrift', 'magazin', 'magazins', 'sender', 'senders', 'buch', 'buches', 'buchs', 'roman',
  'romans', 'film', 'films', 'filmes', 'schiff', 'schiffs', 'schiffes', 'album', 'albums', 'werk', 'werks', 'werkes', 'titel',
  'motto', 'kampagne', 'programm', 'programms',
];
