// Cue tables for the article's text credits (wire/agency credits, contributors) and the outlets it cites.
// Data only: src/extract/credits.ts reads these tables and holds no word lists of its own. Every entry says
// why it is here. Matching is case-insensitive on whole words unless an entry says otherwise.
//
// Agency spellings are NOT repeated here: src/rules/agencies.json (shared with the image credits) maps
// 'Agence France-Presse' → 'AFP'. This file only says which of those agencies write copy (WIRE_AGENCIES) and
// adds the word agencies that the picture dictionary has no reason to know (EXTRA_WIRE_AGENCIES).

export type CreditRole = 'wire' | 'contributor' | 'reporting' | 'editing' | 'translation' | 'research' | 'other';

/** Canonical names in agencies.json whose credit on the article's text means the copy came from them. */
export const WIRE_AGENCIES: readonly string[] = [
  'AFP', // Agence France-Presse: '(AFP)', 'Avec AFP'
  'AP', // Associated Press: 'WASHINGTON (AP) —', 'The Associated Press contributed to this report'
  'Reuters', // '(Reuters) -', '(Reporting by …; Editing by …)'
  'Belga', // Belgian agency: '(Belga)' sign-off of Belgian sites
  'ANP', // Dutch agency: 'Met ANP', '(ANP)'
  'dpa', // German agency: '(dpa)', 'Hamburg (dpa/lno) –', 'Mit Material von dpa'
  'EPA', // mostly pictures, but EPA-EFE also signs text
  'EFE', // Spanish agency: '(EFE)'
  'PA', // UK Press Association: 'PA Media'
  'Bloomberg', // 'Bloomberg contributed to this report'
  'Xinhua', // Chinese agency: 'BEIJING, May 1 (Xinhua) --'
  'Keystone', // Keystone-SDA signs Swiss copy
  'ANSA', // Italian agency
  'APA', // Austria Presse Agentur: '(APA)'
  'Anadolu', // Turkish agency
  'TASS', // Russian agency
  'RIA Novosti', // Russian agency
  'Kyodo', // Japanese agency
  'Yonhap', // Korean agency
  'UPI', // United Press International
  'Ritzau Scanpix', // Danish agency (Ritzau)
  'Lehtikuva', // Finnish (STT-Lehtikuva)
  'CTK', // Czech agency
  'PAP', // Polish agency
  'Agência Brasil', // Brazilian public agency
  'Europa Press', // Spanish agency
  'Canadian Press', // 'The Canadian Press'
  'AAP', // Australian Associated Press
];

/**
 * Word agencies that never credit a picture, so agencies.json does not list them. name is written into
 * records; aliases are other spellings as printed (matched case-insensitively, whole string).
 */
export const EXTRA_WIRE_AGENCIES: ReadonlyArray<{ name: string; aliases: readonly string[]; reason: string }> = [
  { name: 'KNA', aliases: ['Katholische Nachrichten-Agentur'], reason: 'German church news agency, signs (KNA)' },
  { name: 'epd', aliases: ['Evangelischer Pressedienst', 'epdÖ', 'epd Ö'], reason: 'German/Austrian Protestant press service' },
  { name: 'dpa-AFX', aliases: ['AFX', 'dpa AFX'], reason: 'dpa business wire' },
  { name: 'SID', aliases: ['Sport-Informations-Dienst'], reason: 'German sports agency' },
  { name: 'dts', aliases: ['dts Nachrichtenagentur'], reason: 'German agency, signs (dts)' },
  { name: 'ddp', aliases: ['dapd'], reason: 'former German agencies, still in archives' },
  { name: 'SDA', aliases: ['Keystone-SDA', 'sda', 'Schweizerische Depeschenagentur'], reason: 'Swiss agency (German desk)' },
  { name: 'ATS', aliases: ['Agence télégraphique suisse'], reason: 'Swiss agency (French desk)' },
  { name: 'Interfax', aliases: [], reason: 'Russian/Ukrainian agency, "told Interfax"' },
  { name: 'Lusa', aliases: [], reason: 'Portuguese agency' },
  { name: 'AGI', aliases: ['Agenzia Italia'], reason: 'Italian agency' },
  { name: 'Adnkronos', aliases: [], reason: 'Italian agency' },
  { name: 'TT', aliases: ['Tidningarnas Telegrambyrå'], reason: 'Swedish agency' },
  { name: 'NTB', aliases: ['Norsk Telegrambyrå'], reason: 'Norwegian agency' },
  { name: 'STT', aliases: ['Suomen Tietotoimisto'], reason: 'Finnish agency' },
  { name: 'Ritzau', aliases: [], reason: 'Danish agency (the text desk)' },
  { name: 'PTI', aliases: ['Press Trust of India'], reason: 'Indian agency' },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], reason: 'Indian agency' },
  { name: 'ANI', aliases: ['Asian News International'], reason: 'Indian agency' },
  { name: 'Bernama', aliases: [], reason: 'Malaysian agency' },
  { name: 'Antara', aliases: [], reason: 'Indonesian agency' },
  { name: 'MTI', aliases: [], reason: 'Hungarian agency' },
  { name: 'BTA', aliases: [], reason: 'Bulgarian agency' },
  { name: 'Notimex', aliases: [], reason: 'Mexican agency' },
  { name: 'BNO News', aliases: ['BNO'], reason: 'wire service often credited on breaking news' },
];

/** Words that make an agency-looking credit a picture credit, never a text credit ('AP Photo', 'BELGA PHOTO'). */
export const PICTURE_WORDS: readonly string[] = [
  'photo', 'photos', 'foto', 'fotos', 'image', 'images', 'picture', 'pictures', 'bild', 'bilder', 'beeld', 'video',
];

/**
 * Lower-case desk codes that follow an agency after a slash and are not agencies themselves:
 * 'dpa/lno' (Lower Saxony desk), 'dpa/mb', 'afp/dpa/lw' (editor's initials). Any part of 1–4 lower-case
 * letters beside a known agency is such a code.
 */
export const DESK_CODE_MAX = 4;

/** Words before an agency list that make it a wire credit: 'With AFP', 'Avec Belga', 'Met ANP', 'Mit Material von dpa'. */
export const WIRE_PREFIXES: ReadonlyArray<{ words: string; reason: string }> = [
  { words: 'mit material der nachrichtenagenturen', reason: 'de: "Mit Material der Nachrichtenagenturen dpa und AFP"' },
  { words: 'mit material der agenturen', reason: 'de variant' },
  { words: 'mit material von', reason: 'de: "Mit Material von dpa"' },
  { words: 'mit material der', reason: 'de: "Mit Material der dpa"' },
  { words: 'mit material', reason: 'de: "Mit Material dpa"' },
  { words: 'con información de', reason: 'es: "(Con información de AFP, EFE y Reuters)"' },
  { words: 'with additional reporting from', reason: 'en: agency named as a co-source (role wire when an agency)' },
  { words: 'with reporting from', reason: 'en: "With reporting from AFP"' },
  { words: 'with', reason: 'en: "With AFP" at the foot of the article' },
  { words: 'avec', reason: 'fr: "Avec AFP", "Avec Belga"' },
  { words: 'met', reason: 'nl: "Met ANP", "Met Belga"' },
  { words: 'mit', reason: 'de: "Mit dpa" (rare)' },
  { words: 'bron', reason: 'nl: "Bron: ANP" as a paragraph of its own' },
  { words: 'quelle', reason: 'de: "Quelle: dpa" as a paragraph of its own' },
  { words: 'source', reason: 'en/fr: "Source: AFP" as a paragraph of its own' },
  { words: 'sources', reason: 'en/fr: "Sources: AFP, Reuters"' },
  { words: 'agences', reason: 'fr: "Agences: AFP, Belga"' },
];

/**
 * Labels that open a contributor line, longest first so that 'additional reporting by' wins over
 * 'reporting by'. The line must start with the label (or with a role segment after ';' / ',').
 */
export const CONTRIBUTOR_LABELS: ReadonlyArray<{ words: string; role: CreditRole; reason: string }> = [
  { words: 'with additional reporting by', role: 'reporting', reason: 'en, Guardian/AP' },
  { words: 'additional reporting by', role: 'reporting', reason: 'en: "Additional reporting by Jane Doe"' },
  { words: 'additional reporting from', role: 'reporting', reason: 'en variant' },
  { words: 'with reporting by', role: 'reporting', reason: 'en, Reuters: "…, with reporting by X"' },
  { words: 'reporting by', role: 'reporting', reason: 'en, Reuters: "(Reporting by X; Editing by Y)"' },
  { words: 'reported by', role: 'reporting', reason: 'en: "Reported by X" as a line of its own' },
  { words: 'additional research by', role: 'research', reason: 'en' },
  { words: 'research by', role: 'research', reason: 'en' },
  { words: 'writing by', role: 'other', reason: 'en, Reuters: the rewrite desk' },
  { words: 'written by', role: 'other', reason: 'en: "Written by X" as a line of its own' },
  { words: 'editing by', role: 'editing', reason: 'en, Reuters: "Editing by Y"' },
  { words: 'edited by', role: 'editing', reason: 'en: "Edited by Y"' },
  { words: 'compiled by', role: 'other', reason: 'en: "Compiled by X"' },
  { words: 'translated by', role: 'translation', reason: 'en' },
  { words: 'translation by', role: 'translation', reason: 'en' },
  { words: 'fact-checking by', role: 'research', reason: 'en, magazines' },
  { words: 'unter mitarbeit von', role: 'contributor', reason: 'de: "Unter Mitarbeit von X"' },
  { words: 'mitarbeit:', role: 'contributor', reason: 'de: "Mitarbeit: X, Y"' },
  { words: 'mitarbeit', role: 'contributor', reason: 'de: "Mitarbeit X" without colon' },
  { words: 'recherche:', role: 'research', reason: 'de/fr: "Recherche: X"' },
  { words: 'übersetzung:', role: 'translation', reason: 'de: "Übersetzung: X"' },
  { words: 'übersetzt von', role: 'translation', reason: 'de' },
  { words: 'aus dem englischen von', role: 'translation', reason: 'de: "Aus dem Englischen von X"' },
  { words: 'aus dem französischen von', role: 'translation', reason: 'de' },
  { words: 'redaktion:', role: 'editing', reason: 'de: "Redaktion: X"' },
  { words: 'bearbeitung:', role: 'editing', reason: 'de: "Bearbeitung: X"' },
  { words: 'traduction :', role: 'translation', reason: 'fr: "Traduction : X" (French space before colon)' },
  { words: 'traduction:', role: 'translation', reason: 'fr' },
  { words: "traduit de l'anglais par", role: 'translation', reason: 'fr' },
  { words: 'traduit de l’anglais par', role: 'translation', reason: 'fr, curly apostrophe' },
  { words: 'traduit par', role: 'translation', reason: 'fr' },
  { words: 'avec la collaboration de', role: 'contributor', reason: 'fr: "Avec la collaboration de X"' },
  { words: 'en collaboration avec', role: 'contributor', reason: 'fr' },
  { words: 'édité par', role: 'editing', reason: 'fr' },
  { words: 'édition :', role: 'editing', reason: 'fr' },
  { words: 'met medewerking van', role: 'contributor', reason: 'nl: "Met medewerking van X"' },
  { words: 'medewerking:', role: 'contributor', reason: 'nl' },
  { words: 'vertaling:', role: 'translation', reason: 'nl: "Vertaling: X"' },
  { words: 'vertaald door', role: 'translation', reason: 'nl' },
  { words: 'eindredactie:', role: 'editing', reason: 'nl: "Eindredactie: X"' },
  { words: 'redactie:', role: 'editing', reason: 'nl' },
  { words: 'bewerking:', role: 'editing', reason: 'nl' },
];

/** Endings that make the names before them contributors: 'Jane Doe contributed to this report.' */
export const CONTRIBUTED_ENDINGS: ReadonlyArray<{ words: string; reason: string }> = [
  { words: 'contributed to this report', reason: 'en, AP/NYT' },
  { words: 'contributed to this story', reason: 'en' },
  { words: 'contributed to this article', reason: 'en' },
  { words: 'contributed to this piece', reason: 'en' },
  { words: 'contributed to this reporting', reason: 'en' },
  { words: 'contributed additional reporting', reason: 'en' },
  { words: 'contributed reporting', reason: 'en: "X contributed reporting from Kyiv"' },
  { words: 'also contributed', reason: 'en: "Y also contributed"' },
  { words: 'contributed research', reason: 'en' },
  { words: 'ont contribué à cet article', reason: 'fr' },
  { words: 'a contribué à cet article', reason: 'fr' },
  { words: 'hebben bijgedragen aan dit artikel', reason: 'nl' },
  { words: 'heeft bijgedragen aan dit artikel', reason: 'nl' },
  { words: 'hat zu diesem bericht beigetragen', reason: 'de' },
  { words: 'haben zu diesem bericht beigetragen', reason: 'de' },
];

/** Job titles before a contributor's name, dropped: 'Aerospace Writer Marcia Dunn' → 'Marcia Dunn'. */
export const TITLE_WORDS: readonly string[] = [
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'producer',
  'producers', 'photographer', 'journalist', 'journalists', 'staff', 'researcher', 'columnist', 'intern',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'journaliste', 'correspondant', 'correspondante',
  'verslaggever', 'correspondent', 'redacteur',
];

/** Words inside a credited name that make it an organisation, not a person ('Reuters staff', 'The Newsroom'). */
export const ORGANIZATION_WORDS: readonly string[] = [
  'staff', 'desk', 'newsroom', 'redaktion', 'rédaction', 'redactie', 'agencies', 'agences', 'agenturen', 'team',
  'bureau', 'service', 'services',
];

/** Lower-case words allowed inside a person's name ('Paul Van Tigchelt', 'Ursula von der Leyen'). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'von', 'de', 'der', 'den', 'ter', 'ten', 'te', 'le', 'la', 'du', 'da', 'di', 'del', 'della', 'dos', 'das',
  'bin', 'ibn', 'al', 'el', 'y', 'zu', 'vom', "d'", 'st.',
];

// ---------------------------------------------------------------------------------------------------------
// Outlets cited
// ---------------------------------------------------------------------------------------------------------

/**
 * Cues that cite an outlet. `words` are matched token by token, case-insensitively; `*` stands for 0 to 3
 * words (a pronoun, a name, a weekday: 'zei hij tegen', 'a déclaré mardi au'). `dir` says where the outlet
 * stands: `after` the cue ('told VRT', 'according to Le Soir', 'berichtet der Spiegel'), `before` it
 * ('De Standaard reports', 'dem Spiegel zufolge'), or `both` (inverted word order: 'reports CNN').
 * A cue alone proves nothing: the name must also look like an outlet (KNOWN_OUTLETS, OUTLET_HINT_WORDS).
 */
export const OUTLET_CUES: ReadonlyArray<{ words: string; dir: 'after' | 'before' | 'both'; reason: string }> = [
  // en
  { words: 'told', dir: 'after', reason: '"told VRT"; "told reporters/the court" fail the outlet test' },
  { words: 'according to', dir: 'after', reason: '"according to Le Soir"' },
  { words: 'first reported by', dir: 'after', reason: '"as first reported by Politico"' },
  { words: 'reported by', dir: 'after', reason: '"as reported by the BBC"' },
  { words: 'in an interview with', dir: 'after', reason: '"said in an interview with Le Figaro"' },
  { words: 'in an interview on', dir: 'after', reason: '"in an interview on CNN"' },
  { words: 'in an interview published by', dir: 'after', reason: 'en' },
  { words: 'in a statement to', dir: 'after', reason: '"in a statement to CNN"' },
  { words: 'speaking to', dir: 'after', reason: '"speaking to the BBC"' },
  { words: 'speaking with', dir: 'after', reason: 'en' },
  { words: 'talking to', dir: 'after', reason: 'en' },
  { words: 'a report by', dir: 'after', reason: '"according to a report by Reuters"' },
  { words: 'a report in', dir: 'after', reason: '"a report in the Financial Times"' },
  { words: 'wrote in', dir: 'after', reason: '"she wrote in the Guardian"' },
  { words: 'writing in', dir: 'after', reason: '"writing in the Atlantic"' },
  { words: 'appearing on', dir: 'after', reason: '"appearing on Fox News"' },
  { words: 'reports', dir: 'both', reason: '"De Standaard reports", "…, reports CNN"' },
  { words: 'reported', dir: 'both', reason: '"Reuters reported", "…, reported the Guardian"' },
  { words: 'writes', dir: 'both', reason: '"the Guardian writes"' },
  { words: 'wrote', dir: 'before', reason: '"the Times wrote"' },
  { words: 'revealed', dir: 'before', reason: '"the BBC revealed"' },
  // fr
  { words: 'selon', dir: 'after', reason: '"selon Le Monde"' },
  { words: "d'après", dir: 'after', reason: '"d\'après Le Soir"' },
  { words: 'd’après', dir: 'after', reason: 'curly apostrophe' },
  { words: 'rapporte', dir: 'both', reason: '"rapporte Le Parisien", "Le Soir rapporte"' },
  { words: 'rapportent', dir: 'both', reason: 'plural' },
  { words: 'a rapporté', dir: 'both', reason: 'passé composé' },
  { words: 'écrit', dir: 'both', reason: '"écrit Le Monde"' },
  { words: 'révèle', dir: 'both', reason: '"révèle Le Canard enchaîné"' },
  { words: 'a révélé', dir: 'both', reason: 'fr' },
  { words: 'dans un entretien au', dir: 'after', reason: '"dans un entretien au Figaro"' },
  { words: 'dans un entretien à', dir: 'after', reason: '"dans un entretien à La Libre"' },
  { words: 'dans une interview au', dir: 'after', reason: 'fr' },
  { words: 'dans une interview à', dir: 'after', reason: 'fr' },
  { words: 'interrogé par', dir: 'after', reason: '"interrogé par RTL"' },
  { words: 'interrogée par', dir: 'after', reason: 'fr, feminine' },
  { words: 'contacté par', dir: 'after', reason: 'fr' },
  { words: 'contactée par', dir: 'after', reason: 'fr' },
  { words: 'auprès de', dir: 'after', reason: '"a indiqué auprès de l\'AFP"' },
  { words: 'auprès du', dir: 'after', reason: 'fr' },
  { words: 'a déclaré * à', dir: 'after', reason: '"a déclaré mardi à La Libre"' },
  { words: 'a déclaré * au', dir: 'after', reason: '"a déclaré au Soir"' },
  { words: 'a confié * à', dir: 'after', reason: 'fr' },
  { words: 'a confié * au', dir: 'after', reason: 'fr' },
  { words: 'confie * au', dir: 'after', reason: 'fr, present' },
  { words: 'confie * à', dir: 'after', reason: 'fr, present' },
  { words: 'a indiqué * à', dir: 'after', reason: 'fr' },
  { words: 'a indiqué * au', dir: 'after', reason: 'fr' },
  { words: 'a expliqué * à', dir: 'after', reason: 'fr' },
  { words: 'a expliqué * au', dir: 'after', reason: 'fr' },
  { words: 'explique * au', dir: 'after', reason: 'fr, present' },
  { words: 'a dit * à', dir: 'after', reason: 'fr' },
  { words: 'a dit * au', dir: 'after', reason: 'fr' },
  // nl
  { words: 'aldus', dir: 'after', reason: '"aldus De Morgen"' },
  { words: 'volgens', dir: 'after', reason: '"volgens De Tijd"' },
  { words: 'meldt', dir: 'both', reason: '"meldt VRT NWS", "De Standaard meldt"' },
  { words: 'meldde', dir: 'both', reason: 'nl, past' },
  { words: 'schrijft', dir: 'both', reason: '"schrijft De Standaard"' },
  { words: 'schreef', dir: 'both', reason: 'nl, past' },
  { words: 'berichtte', dir: 'both', reason: 'nl, past' },
  { words: 'zei * tegen', dir: 'after', reason: '"zei hij tegen VRT"' },
  { words: 'zegt * tegen', dir: 'after', reason: 'nl, present' },
  { words: 'zei * aan', dir: 'after', reason: '"zei ze aan De Standaard"' },
  { words: 'zegt * aan', dir: 'after', reason: 'nl, present' },
  { words: 'vertelde * aan', dir: 'after', reason: 'nl' },
  { words: 'vertelt * aan', dir: 'after', reason: 'nl' },
  { words: 'vertelde * tegen', dir: 'after', reason: 'nl' },
  { words: 'verklaarde * aan', dir: 'after', reason: 'nl' },
  { words: 'in gesprek met', dir: 'after', reason: '"in gesprek met Het Nieuwsblad"' },
  { words: 'in een interview met', dir: 'after', reason: 'nl' },
  // de
  { words: 'laut', dir: 'after', reason: '"laut Spiegel"' },
  { words: 'berichtet', dir: 'both', reason: '"berichtet der Spiegel", "wie die FAZ berichtet"' },
  { words: 'berichtete', dir: 'both', reason: 'de, past' },
  { words: 'berichten', dir: 'both', reason: 'de, plural' },
  { words: 'meldet', dir: 'both', reason: '"meldet die Süddeutsche Zeitung"' },
  { words: 'meldete', dir: 'both', reason: 'de, past' },
  { words: 'schreibt', dir: 'both', reason: '"schreibt die FAZ"' },
  { words: 'schrieb', dir: 'both', reason: 'de, past' },
  { words: 'zufolge', dir: 'before', reason: '"dem Spiegel zufolge"' },
  { words: 'gegenüber', dir: 'after', reason: '"sagte er gegenüber dem Tagesspiegel"' },
  { words: 'sagte * dem', dir: 'after', reason: '"sagte er dem Spiegel"' },
  { words: 'sagte * der', dir: 'after', reason: '"sagte sie der Süddeutschen Zeitung"' },
  { words: 'sagt * dem', dir: 'after', reason: 'de, present' },
  { words: 'sagt * der', dir: 'after', reason: 'de, present' },
  { words: 'im interview mit', dir: 'after', reason: '"im Interview mit der Zeit"' },
  { words: 'im gespräch mit', dir: 'after', reason: 'de' },
  { words: 'in einem interview mit', dir: 'after', reason: 'de' },
];

/** Articles before an outlet's name, dropped from it when written in lower case ('the BBC', 'der Spiegel'). */
export const OUTLET_ARTICLES: readonly string[] = [
  'the', 'der', 'die', 'das', 'dem', 'den', 'des', 'le', 'la', 'les', 'de', 'het', "'t", 'du', "l'", 'l’',
];

/** Joining words allowed between the capitalised words of an outlet's name ('Times of Israel', 'Gazet van Antwerpen'). */
export const OUTLET_JOINERS: readonly string[] = ['of', 'van', 'de', 'des', 'du', 'für', 'am', 'an', 'voor'];

/** Words that join two outlets cited by one cue ('gegenüber CORRECTIV und Frontal21', 'told CNN and the BBC'). */
export const OUTLET_CONJUNCTIONS: readonly string[] = ['and', 'or', 'und', 'oder', 'en', 'of', 'et', 'ou'];

/**
 * Words that make a two-or-more-word name an outlet ('Süddeutsche Zeitung', 'NBC News', 'Radio 1').
 * Left out on purpose: Standard (Standard & Poor's), Sun (Sun Microsystems), Express (American Express),
 * Network (Network Rail), Star, Record, Leader, Register, Review, Mirror — their outlets are in KNOWN_OUTLETS.
 */
export const OUTLET_HINT_WORDS: readonly string[] = [
  // en
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'chronicle', 'observer',
  'guardian', 'courier', 'daily', 'weekly', 'magazine', 'radio', 'tv', 'television', 'broadcasting', 'press',
  'insider', 'inquirer', 'examiner', 'dispatch', 'bulletin', 'newspaper', 'newsweek', 'today', 'wire',
  // de
  'zeitung', 'allgemeine', 'rundschau', 'anzeiger', 'kurier', 'tagblatt', 'tageblatt', 'nachrichten', 'presse',
  'morgenpost', 'abendblatt', 'abendzeitung', 'volksstimme', 'merkur', 'magazin', 'fernsehen', 'rundfunk', 'zeitschrift',
  'tagesspiegel', 'tageszeitung', 'wochenblatt', 'bote',
  // nl
  'krant', 'courant', 'dagblad', 'nieuws', 'nieuwsblad', 'omroep', 'weekblad', 'nws',
  // fr
  'soir', 'matin', 'quotidien', 'courrier', 'dépêche', 'télévision', 'télé', 'hebdo', 'républicain', 'journal',
];

/**
 * Outlets known by name: a name that is one of these is an outlet; a name that starts with one written in
 * capitals is too ('VRT NWS', 'BBC Radio 4', 'CBS DFW'), but 'Standard & Poor's' does not pass as 'Standard'.
 * Person-like names ('Watson', 'Marianne', 'Heute' = today) are left out on purpose. Written without a leading article; compared case-insensitively. Wire agencies count as outlets
 * too ('told AFP', 'according to Reuters') and come from agencies.json, not from here.
 */
export const KNOWN_OUTLETS: readonly string[] = [
  // Belgium
  'VRT', 'VTM', 'RTBF', 'RTL', 'RTL-TVI', 'LN24', 'Bruzz', 'De Standaard', 'Standaard', 'De Morgen', 'De Tijd',
  'Het Nieuwsblad', 'Nieuwsblad', 'Het Laatste Nieuws', 'HLN', 'Gazet van Antwerpen', 'GVA', 'Het Belang van Limburg',
  'Knack', 'Humo', 'Trends', 'Le Soir', 'La Libre', 'La Libre Belgique', 'La DH', 'DH', "L'Echo", 'L’Echo',
  "L'Avenir", 'L’Avenir', 'Sudinfo', 'Sudpresse', 'Apache', 'Politico', 'Politico Europe', 'Radio 1', 'Radio 2',
  'Studio Brussel', 'Kanaal Z', 'Canvas', 'Eén', 'Nieuwsblad.be', 'Brussels Times',
  // Netherlands
  'NOS', 'NRC', 'NRC Handelsblad', 'de Volkskrant', 'Volkskrant', 'Trouw', 'Het Parool', 'Parool', 'AD',
  'Algemeen Dagblad', 'De Telegraaf', 'Telegraaf', 'RTL Nieuws', 'NU.nl', 'Nu.nl', 'Het Financieele Dagblad', 'FD',
  'EenVandaag', 'Nieuwsuur', 'BNR', 'Elsevier', 'Follow the Money', 'Omroep Brabant',
  // France
  'Le Monde', 'Le Figaro', 'Figaro', 'Libération', 'Le Parisien', 'Les Echos', 'Les Échos', 'La Croix', "L'Express",
  'L’Express', 'Le Point', "L'Obs", 'L’Obs', 'Mediapart', 'Le Canard enchaîné', 'Ouest-France', 'France Info',
  'franceinfo', 'France Inter', 'France 2', 'France 3', 'France 24', 'TF1', 'LCI', 'BFM', 'BFMTV', 'BFM TV',
  'RFI', 'Europe 1', 'RMC', 'Le JDD', 'JDD', 'Le Journal du Dimanche', 'Challenges', 'Arte',
  // Switzerland, Luxembourg
  'NZZ', 'Neue Zürcher Zeitung', 'Tages-Anzeiger', 'Blick', 'SRF', 'RTS', 'Le Temps', 'Tribune de Genève',
  '20 Minuten', '20 Minutes', 'Luxemburger Wort', 'Tageblatt', 'L’essentiel', "L'essentiel",
  // Germany, Austria
  'ARD', 'ZDF', 'WDR', 'NDR', 'SWR', 'BR', 'MDR', 'HR', 'RBB', 'SR', 'Deutschlandfunk', 'DLF', 'Deutsche Welle', 'DW',
  'Tagesschau', 'Tagesthemen', 'Heute-Journal', 'Frontal21', 'Spiegel', 'Der Spiegel', 'Spiegel Online',
  'Stern', 'Focus', 'Bild', 'Bild am Sonntag', 'Welt', 'Die Welt', 'Welt am Sonntag', 'Zeit', 'Die Zeit', 'Zeit Online',
  'FAZ', 'F.A.Z', 'Frankfurter Allgemeine', 'FAS', 'Süddeutsche', 'Süddeutsche Zeitung', 'Süddeutschen Zeitung', 'SZ',
  'taz', 'Tagesspiegel', 'Handelsblatt', 'Wirtschaftswoche', 'WirtschaftsWoche', 'RND', 'Redaktionsnetzwerk Deutschland',
  'n-tv', 'ntv', 'RTL', 'Sat.1', 'ProSieben', 'Correctiv', 'CORRECTIV', 'Cicero', 'Tichys Einblick', 'TE', 'Bunte',
  'ORF', 'Der Standard', 'Standard', 'Die Presse', 'Kurier', 'Kronen Zeitung', 'Krone', 'Profil', 'Falter',
  'Puls 24', 'ServusTV', 'Ö1', 'Ö3', 'Kleine Zeitung', 'Salzburger Nachrichten', 'Wiener Zeitung',
  // UK, Ireland
  'BBC', 'ITV', 'Sky News', 'Sky', 'Channel 4', 'Channel 4 News', 'Guardian', 'Observer', 'Times', 'Sunday Times',
  'Telegraph', 'Daily Telegraph', 'Financial Times', 'FT', 'Independent', 'Economist', 'Daily Mail', 'Mail on Sunday',
  'MailOnline', 'Daily Mirror', 'Mirror', 'Daily Express', 'Sun', 'Evening Standard', 'Metro', 'New Statesman',
  'Spectator', 'Irish Times', 'RTÉ', 'RTE', 'Irish Independent', 'Full Fact', 'LBC', 'GB News',
  // US, Canada, Australia
  'CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'Fox News', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'C-SPAN', 'ESPN', 'HBO', 'Vox',
  'New York Times', 'NYT', 'Washington Post', 'Wall Street Journal', 'WSJ', 'USA Today', 'Los Angeles Times',
  'LA Times', 'Chicago Tribune', 'Boston Globe', 'Newsweek', 'Time', 'Atlantic', 'New Yorker', 'Politico', 'Axios',
  'The Hill', 'BuzzFeed', 'BuzzFeed News', 'HuffPost', 'Huffington Post', 'Vice', 'Slate', 'Salon',
  'Daily Beast', 'Mother Jones', 'ProPublica', 'Wired', 'TechCrunch', 'The Verge', 'Verge', 'Engadget',
  'Ars Technica', 'Gizmodo', 'Mashable', 'CNET', 'ZDNet', 'Recode', 'Business Insider', 'Insider', 'Forbes',
  'Fortune', 'Bloomberg', 'Bloomberg News', 'Yahoo News', 'Yahoo Finance', 'Semafor', 'The Intercept', 'Intercept',
  'Breitbart', 'Fox Business', 'Newsmax', 'TMZ', 'Variety', 'Hollywood Reporter', 'Deadline', 'Rolling Stone',
  'Billboard', 'Toronto Star', 'Globe and Mail', 'CBC', 'CTV', 'ABC News', 'SBS', 'Sydney Morning Herald',
  'Al Jazeera', 'Al Arabiya', 'Haaretz', 'Times of Israel', 'Jerusalem Post', 'South China Morning Post', 'SCMP',
  'Nikkei', 'Kyodo News', 'NHK', 'Yonhap', 'Korea Times', 'Korea Herald', 'Straits Times', 'RT', 'Sputnik',
  'Kommersant', 'Izvestia', 'Meduza', 'Novaya Gazeta', 'Ukrainska Pravda', 'Kyiv Independent', 'Radio Free Europe',
  'RFE/RL', 'Voice of America', 'VOA', 'Euronews', 'Euractiv', 'EUobserver', 'Observer', 'Argus Leader',
  'El País', 'El Mundo', 'La Repubblica', 'Corriere della Sera', 'Gazeta Wyborcza', 'Svenska Dagbladet',
  'Dagens Nyheter', 'Aftenposten', 'Helsingin Sanomat', 'Healthline', 'The List', 'WebMD', 'Verywell Health',
];

/** Names that pass the outlet test but are not media ('Times Square', 'Deutsche Post', 'Press Office'). */
export const NOT_OUTLETS: readonly string[] = [
  'Times Square', 'Deutsche Post', 'Post Office', 'Swiss Post', 'PostNL', 'bpost', 'Press Office', 'White House Press Office',
  'Fox Corporation', 'Radio Shack', 'RadioShack', 'Sky Team',
];

/** Last words that make a name a place or a body, not an outlet ('Times Square', 'Post Office', 'Press Club'). */
export const NOT_OUTLET_TAILS: readonly string[] = [
  'square', 'street', 'avenue', 'road', 'office', 'building', 'tower', 'center', 'centre', 'club', 'station',
  'stadium', 'hall', 'platz', 'straße', 'strasse', 'plein', 'straat', 'council', 'secretary', 'conference',
  'corporation', 'inc', 'ag', 'gmbh', 'group', 'award', 'awards', 'prize',
];

/** Capitalised words that start a sentence and are not part of the outlet before a cue ('As Reuters reported'). */
export const SENTENCE_OPENERS: readonly string[] = [
  'as', 'but', 'and', 'so', 'yet', 'meanwhile', 'yesterday', 'today', 'also', 'now', 'earlier', 'later', 'however',
  'in', 'on', 'at', 'then', 'still', 'wie', 'und', 'aber', 'auch', 'so', 'comme', 'ainsi', 'zoals', 'en', 'maar',
  'ook', 'dat', 'que', 'dass',
];

/** Capitalised words that end an outlet's name run but are not part of it ('told the Argus Leader Monday'). */
export const NOT_NAME_TAIL_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'maandag', 'dinsdag',
  'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
];
