/**
 * Every piece of interface copy in English: the source table. Another language is a file beside this
 * one with the same exports (`satisfies Locale`, see ../types.ts), chosen at build with SITE_LOCALE.
 *
 * One named export per group, so a client script that imports one group ships only that group.
 * Placeholders are `{name}`; a message with plural forms is an object keyed by plural category
 * (Intl.PluralRules) and takes `count`. Counts are never written here by hand: they are parameters,
 * derived from the instrument or the guide. Content (the guide, content/quiz/*.json) is not here.
 */

/** The page language, for <html lang> and every Intl formatter: US English, so dates read month first (November 30, 2026). */
export const lang = 'en-US';

/** Words that name the site and its parts, shown on every page. */
export const site = {
  tagline: 'Coach the rep you have, not the rep you were.',
  description:
    'A short guide and a {minutes}-minute self-check for sales managers who were star reps: are you coaching your team to sell the way you did?',
  /** A page title with the site's name: "{title} · Mini-Me Check". */
  pageTitle: '{title} · {site}',
  /** The default link preview's description for screen readers. */
  previewAlt: '{site}: {tagline}',
  /** The default link preview image's bottom line (src/pages/og/default.png.ts), under home.heading and the tagline. */
  previewFooter: 'A short guide and a {minutes}-minute self-check for sales managers',
  skipLink: 'Skip to content',
  mainNav: 'Main',
  footerNav: 'Footer',
  navGuide: 'Guide',
  navCheck: 'The check',
  navTeam: 'Team view',
  navAbout: 'About',
  footerAbout: '{site} is a free guide and self-check. It draws on {author}’s article “{title}”; the writing is our own.',
  footerPrivacy: 'Your answers stay on your device. This site sends nothing anywhere and loads nothing from other sites.',
  footerGuide: 'Guide',
  footerCheck: 'Take the check',
  footerTeam: 'Team view',
  footerProgress: 'Your progress',
  footerWorksheet: 'Printable worksheet',
  footerAboutPrivacy: 'About and privacy',
  creditLabel: 'Source',
  credit: 'Based on the ideas of {author} ({affiliation}) in his article {title}, published on {publication}. The words here are ours.',
} as const;

/** The guide's chrome: lists of chapters, a chapter's header, footer and pager. */
export const guide = {
  chapters: { one: '{words} short chapter', other: '{words} short chapters' },
  minRead: '{count} min read',
  chapterOf: 'Chapter {number} of {total} · {minutes}',
  inThisChapter: 'In this chapter',
  startHere: 'Start here:',
  updated: 'Updated {date}',
  pagerLabel: 'Chapters',
  previous: 'Previous',
  next: 'Next',
  takeCheck: 'Take the check',
  indexTitle: 'The guide',
  indexDescription:
    '{chapters} on the mini-me trap: why coaching reps to sell like you did fails, and how to coach the rep you have instead.',
  indexEyebrow: 'The guide',
  indexHeading: 'Coach the rep you have, not the rep you were',
  indexIntro:
    'Read in order, or start wherever your week hurts. Each chapter takes a few minutes and ends with concrete moves for Monday. When you are ready, {link} to see where your own coaching stands.',
  indexIntroLink: 'take the check',
} as const;

/**
 * Small numbers in words ("six short chapters"), index = the number. A language lists what reads
 * naturally; beyond the list, digits are used.
 */
export const numberWords = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

/** The home page. */
export const home = {
  eyebrow: 'For sales managers who were star reps',
  /** Also the default link preview image's headline (src/pages/og/default.png.ts), without the emphasis. */
  heading: 'Are you coaching your team to sell the way {you} did?',
  headingYou: 'you',
  lead: 'You were promoted because your way worked. The catch is that it was {your} way. This site helps you notice when your coaching turns into cloning, and what to do instead on Monday.',
  leadYour: 'your',
  takeCheck: 'Take the {minutes}-minute check',
  readGuide: 'Read the guide',
  note: 'No sign-up. Your answers stay in your browser and are never sent anywhere.',
  whyTitle: 'Why “sell like I did” backfires',
  reason1Title: 'Your reps are not you',
  reason1:
    'The rep who wins on patience and the rep who wins on nerve can both make their number. Coach them both toward your route, and you lose whatever theirs was worth.',
  reason1Link: 'One process, many paths',
  reason2Title: 'Your market has moved',
  reason2:
    'You last sold to the buyers of a few years ago; your reps sell to this year’s. A playbook carries a date, even when nobody writes it on.',
  reason2Link: 'Yesterday’s playbook',
  guideTitle: 'The guide',
  guideIntro: '{chapters}, each ending with what to do on Monday.',
} as const;

/** The not-found page, and what its script says about a damaged result link. */
export const notFound = {
  title: 'Page not found',
  description: 'This page does not exist. Find the guide, the self-check or, if you followed a result link, how to get your result again.',
  eyebrow: 'Error 404',
  heading: 'We can’t find that page',
  lead: 'The address may be mistyped, or the page may have moved.',
  damagedTitle: 'Followed a result link?',
  damagedReason:
    'A result link looks like {example}: a version, a dash, and one character per dimension, a digit for its level or an x where it had too few answers. If yours came from a chat or an email, it may have been cut off or changed on the way, or it may be from a version of the check this site does not know. Ask the sender to copy the link again, or take the check yourself: it takes {minutes} minutes.',
  takeCheck: 'Take the check',
  placesTitle: 'Places that exist',
  /** Each place: `{link}` is the link, its words the place's own message (placeHome…). */
  placeHome: 'Home',
  placeHomeWhat: '{link}: what this site is for',
  placeGuide: 'The guide',
  placeGuideWhat: '{link}: {chapters}',
  placeCheck: 'The check',
  placeCheckWhat: '{link}: {minutes} minutes, answers stay on your device',
  placeAbout: 'About',
  placeAboutWhat: '{link}: the source, the method and privacy',
} as const;

/** What the not-found page's script says once it sees a /result/… path (passed to it as data). */
export const damagedLink = {
  heading: 'This result link is damaged',
  extraAround: 'The link has something extra around a valid result code. You may be looking for {link}.',
  extraAroundLink: 'the result {code}',
  whatToDoTitle: 'What you can do',
  whatToDo:
    'If the link came from a chat or an email, it may have been cut off or changed on the way. Ask the sender to copy it again, or take the check yourself: it takes {minutes} minutes.',
} as const;

/** What is wrong with a result link's code (src/lib/result-code.ts CodeError), on the not-found page. */
export const damage = {
  unknownVersion:
    'It names version v{version} of the check, which this site does not know (it knows {known}). The link may be from a newer copy of the site, or mistyped.',
  wrongLength: {
    one: 'It has {count} level where a result has {expected}, one per dimension: it was probably cut off or changed.',
    other: 'It has {count} levels where a result has {expected}, one per dimension: it was probably cut off or changed.',
  },
  levelOutOfRange: 'One of its digits is higher than any level of that version of the check, so it cannot be a real result.',
  empty: 'It has no result code at all: the end of the link is missing.',
  malformed: 'Its result code is not in the form the check writes, so it cannot be read.',
} as const;

/** The chrome around the quiz island (/quiz/). */
export const quizPage = {
  title: 'Take the check',
  description: 'A {minutes}-minute self-check: how much do you coach your reps to sell the way you did? Answers stay on your device.',
  eyebrow: 'The Mini-Me Check',
  heading: 'How much do you coach “like me”?',
  lead: '{count} statements, about {minutes} minutes: see where you build on each rep and where you coach them to sell the way you did.',
  noscript: 'The interactive check needs JavaScript. You can take the same check on paper with the {link}, which includes its scoring key.',
  noscriptLink: 'printable worksheet',
  printLink: 'Running a workshop? Use the {link}.',
  printLinkText: 'printable worksheet with its scoring key',
} as const;

/** The chrome around the history island (/quiz/history/). */
export const historyPage = {
  title: 'Your progress over time',
  description:
    'Every check you finish is kept on this device: see how your overall reading moves from quarter to quarter, export it, import it or clear it.',
  eyebrow: 'Progress over time',
  heading: 'Your results on this device',
  lead: 'Retake the check after a quarter and see what changed. This list lives only in this browser; export it to keep a copy or move it.',
  noscript: 'Your history is kept in this browser’s storage and needs JavaScript to show.',
} as const;

/** The team view's explainer page (/team/). */
export const teamPage = {
  title: 'Team view',
  description:
    'Ask your reps how they see your coaching: a short rater version, their codes combined by a collector they trust (or sent to you), and your view beside theirs. No server, no accounts.',
  eyebrow: 'Team view',
  heading: 'How does your team see your coaching?',
  lead: 'A self-check shows how you see yourself, and people can see themselves more kindly than their teams do. The team view puts your result beside your reps’ view, dimension by dimension. Where they see more “coaching like me” than you do is a blind spot worth talking about.',
  step1Title: 'Choose where the codes go',
  step1:
    'Each rep who answers gets a short rater code: how they rate you on the {dimensions} dimensions, as levels, with no individual answers. Choose who receives the codes.',
  step1Collector:
    '{title} someone your reps trust and who is not their manager: a trainer, an HR partner or a peer manager. The reps send their codes to the collector, who combines them into one team summary, made from at least {min} codes, and sends you only that: how many answered and, per dimension, a level or a range. You cannot tell one rep from another.',
  step1CollectorTitle: 'Through a collector (recommended):',
  step1Direct:
    '{title} simpler, but not anonymous. Direct mode shows you each rep’s levels: you see each code a rep sends you, so you can tell whose levels are whose, however many reps take part. Tell your reps that before they answer.',
  step1DirectTitle: 'Straight to you:',
  step2Title: 'Send your reps the request link',
  step2:
    'The link opens the rater version ({count} statements, a few minutes) and tells each rep where their code goes and what you will and will not see. Their answers stay on their own device.',
  step2Button: 'Open the rater version',
  step2Address:
    'Without a request link, reps can open the rater version at {address} and send their code to you or to the collector your team agreed on.',
  step3Title: 'See how your team sees you',
  step3:
    'Through a collector: open the summary link the collector sends you, beside your own result. Direct: paste the reps’ codes or links into the comparison. Either way blind spots are marked only from at least {min} raters.',
  step3Button: 'Open the comparison',
  step3Collector: 'Are you the collector? {link}.',
  step3CollectorLink: 'Open the collector page',
  readMore: 'Read more in {link}.',
  readMoreLink: 'Using the check with your team',
} as const;

/** The chrome around the rater island (/team/rate/). */
export const ratePage = {
  title: 'Rate your manager’s coaching',
  description: 'For reps: {count} statements about how your manager coaches. Your answers stay on your device; you send back a short code.',
  eyebrow: 'Team view · for reps',
  heading: 'How does your manager coach?',
  lead: 'Your manager asked how you see their coaching. Answer about what they do; at the end you get a short code to send on.',
  noscript: 'The rater version needs JavaScript to give you a code to send back.',
  aboutLink: 'Curious what this is for? {link}.',
  aboutLinkText: 'About the team view',
} as const;

/** The chrome around the comparison island (/team/compare/). */
export const comparePage = {
  title: 'Compare with your team',
  description:
    'Open your team’s summary, or paste your reps’ rater codes, and see your own result beside the team’s view, with the blind spots marked.',
  eyebrow: 'Team view · for managers',
  heading: 'You and your team, side by side',
  lead: 'Everything here happens in your browser: the codes are read on this device and sent nowhere.',
  notAnonymous:
    'Through a collector’s team summary, you see only the team’s aggregate. With codes sent to you directly, you see each rep’s levels, so you can tell whose are whose, however many reps take part. Either way, use what you learn to ask better questions, never to find out who said what.',
  noscript: 'The comparison needs JavaScript to read the codes.',
  howLink: 'New to this? {link}.',
  howLinkText: 'How the team view works',
} as const;

/** The chrome around the collector island (/team/collect/). */
export const collectPage = {
  title: 'Collect your team’s codes',
  description:
    'For collectors: paste the rater codes reps sent you and get one team summary link for their manager, holding only the aggregate, never a rep’s code.',
  eyebrow: 'Team view · for collectors',
  heading: 'Turn the reps’ codes into one team summary',
  lead: 'The reps sent their codes to you, not to their manager. Paste them here: the page makes a summary link for the manager that holds how many answered and, per dimension, a level or a range. Never a rep’s code.',
  private:
    'Everything here happens in your browser: the codes stay on this device and are sent nowhere. Send the manager the summary link only, never the codes.',
  noscript: 'The collector page needs JavaScript to read the codes.',
  howLink: 'New to this? {link}.',
  howLinkText: 'How the team view works',
} as const;

/** src/islands/CollectApp.tsx: the collector's paste box and the summary it makes. */
export const collect = {
  storageWhat: 'the codes you paste',
  codesTitle: '1. Paste the codes the reps sent you',
  codesLabel: 'Rater codes or links, one or several per line',
  codesHint:
    'A rep’s code looks like {example}. Paste codes and links in any mix; anything left out is named below, with the reason. The codes stay on this device until you clear them.',
  clear: 'Clear the codes',
  added: { one: 'Added {count} code from the link you opened.', other: 'Added {count} codes from the link you opened.' },
  usable: { one: '{count} code goes into the summary.', other: '{count} codes go into the summary.' },
  leftOutLabel: 'Codes left out of the summary',
  /** A code left out: `{line}` is compare.problemLine (in bold), `{text}` the code, `{reason}` why. */
  leftOut: '{line} “{text}”: {reason}.',
  self: 'a manager’s own result, not a rep’s code',
  untagged:
    'made before codes carried a tag, so a copy pasted twice could not be told apart; ask the rep to open their rater page again to get a tagged code',
  otherVersion: 'from version {version}: a summary combines codes of one version, and this page makes summaries of version {current}',
  summaryTitle: '2. The summary for the manager',
  tooFew: {
    one: 'No summary yet: {count} code can go into one, and a summary needs codes from at least {min} reps. With fewer, the manager could work out a rep’s levels.',
    other:
      'No summary yet: {count} codes can go into one, and a summary needs codes from at least {min} reps. With fewer, the manager could work out a rep’s levels.',
  },
  needMore: { one: 'Add {count} more code.', other: 'Add {count} more codes.' },
  linkLabel: 'Summary link for the manager',
  shareTitle: 'Your team’s summary for the Mini-Me Check',
  previewTitle: 'What the manager will see',
  previewRaters: { one: 'A summary of {count} rep’s codes.', other: 'A summary of {count} reps’ codes.' },
  previewCaption: 'The summary, dimension by dimension',
  dimension: 'Dimension',
  teamView: 'The team’s view',
  agreement: 'Agree or split',
  range: 'From {low} to {high}',
  agree: 'The team agrees',
  split: 'The team is split',
  noLevel: 'No rep gave it a level',
  fromSome: { one: '(from {count} rep)', other: '(from {count} reps)' },
  previewNothingElse: 'The link holds nothing else: no rep’s code, no tag, no answers, no names.',
  next: 'Send the link to the manager. They open it beside their own result.',
  /** `{lead}` is onceLead, in bold. */
  once: '{lead} If a code arrives after you have sent the link, do not send a new one for it alone: with both links, the manager could work out that rep’s levels. Wait until everyone who will answer has, or add at least three late codes at once.',
  onceLead: 'Send one summary.',
} as const;

/** src/islands/RequestApp.tsx: the manager's request link, on /team/. */
export const request = {
  title: 'Make your request link',
  modeLegend: 'Where should the codes go?',
  collector: 'Through a collector',
  direct: 'Straight to me (you will see each rep’s levels)',
  toLabel: 'Who collects the codes?',
  toHint: 'In words your reps will recognise, e.g. Sam Lee, our enablement lead',
  teamLabel: 'Team label (optional)',
  teamHint: 'Shown to your reps as you write it, e.g. EMEA mid-market',
  needName: 'Write who collects the codes, and the link appears here.',
  linkLabel: 'Request link for your reps',
  shareTitle: 'How do you see my coaching?',
  nextCollector:
    'Each rep who opens the link answers on their own device and is asked to send their code to {to}, who pastes the codes into the collector page and sends you one summary link, made from at least {min} codes. You will not see any rep’s code.',
  nextDirect:
    'Each rep who opens the link answers on their own device and is told that their code comes to you, and that you will see their level on each dimension. Paste the codes into the comparison.',
  private: 'The name and the label travel only in the link, after the #, which browsers never send to any site.',
} as const;

/** src/islands/RaterApp.tsx, when the rep opened a request link (src/lib/request.ts), or none. */
export const raterAsk = {
  stale:
    'These answers were given on this device before you opened this link. If you are being asked again, choose “Answer again” below, so your code describes the last month.',
  toCollector: 'Your manager asked you to send your code to {to}.',
  toCollectorWhy: '{to} combines the codes of at least {min} reps into one team summary: your manager sees only that, never your code.',
  toManager: 'Your manager asked you to send your code straight to them. They will see this code, i.e. your level on each dimension.',
  team: 'Team: {team}',
  damaged: 'This link’s request could not be read; ask whoever sent it for the link again. You can still answer.',
  noRequest: 'You may send your code to your manager, or to a collector your team agreed on.',
  sendCollector: 'Send this code, or the link below, to {to}, not to your manager. {to} can open the link or paste the code.',
  whereTitle: 'Where your code goes',
  collectorSeesLead: '{to} will see',
  collectorSees: '{title} your code: your level on each of the check’s {dimensions} dimensions, never your answers.',
  managerSees:
    '{title} only a team summary, made by {to} from the codes of at least {min} reps: how many answered and, per dimension, a level or a range.',
  managerSeesLead: 'Your manager will see',
  managerNever: '{title} your code or your answers.',
  managerNeverLead: 'Your manager will never see',
  collectorLink: 'Link for {to}',
  directSees: 'Your manager will see this code, i.e. your level on each dimension, and will know these levels are yours.',
} as const;

/** A prerendered result page's chrome and its link preview (/result/<code>/). */
export const resultPage = {
  previewTitle: 'Mini-Me Index {index}: {band}',
  previewTitleBand: 'Mini-Me Check: {band}',
  previewDescription: 'A Mini-Me Check result. {dimensions}.',
  previewDimension: '{dimension}: {band}',
  previewAlt: '{title}. {description}',
  heading: 'A shared Mini-Me Check result',
  intro:
    'Someone took the check and shared this link. It holds what the result says about each of the {dimensions} dimensions and nothing else: no answers, no name. Result code {code}.',
  ctaTitle: 'How do you coach?',
  cta: 'Take the same {minutes}-minute check. Your answers stay on your device.',
  ctaEarlier: 'Take the current version of the check (version {version}, about {minutes} minutes). Your answers stay on your device.',
  ctaButton: 'Take the check',
} as const;

/** The printable worksheet (/quiz/print/). */
export const worksheet = {
  title: 'Printable worksheet',
  description:
    'The Mini-Me Check on paper: every statement with boxes to check, the scoring key and the rules for answers that give no reading, for workshops and cohorts.',
  eyebrow: 'For workshops · {link}',
  eyebrowLink: 'take it online instead',
  heading: 'The Mini-Me Check: worksheet',
  intro:
    'Check one box for each statement. Answer as you are, not as you think you should be. When a situation has not come up in that time, check “{na}”. Then turn to the scoring key.',
  scale: 'Scale:',
  scalePoint: '{value} = {label}',
  name: 'Name (optional):',
  date: 'Date:',
  itemsCaption: 'Statements, with one box to check per answer',
  number: '#',
  statement: 'Statement',
  box: '{label} ({value})',
  naMark: '–',
  keyTitle: 'Scoring key',
  step1:
    '{title} For a statement marked {m} (a mini-me habit), points = the box you checked − {min}. For a statement marked {a} (an adaptive habit), points = {max} − the box you checked. Each answered statement gives 0 to {span} points. A statement checked “{na}” gives no points and does not count anywhere below.',
  step1Title: 'Points per statement.',
  step2:
    '{title} If any of these holds, your answers give no reading at all: they cannot be told apart from answers given at random or the same way throughout. Take the check again another week, with real situations in mind.',
  step2Title: 'Answers that do not separate.',
  ruleTooFew:
    '{title} fewer than {min} of the {items} statements answered with a box from {low} to {high}; or no dimension with a level (step 3).',
  ruleTooFewTitle: 'Too many “{na}”:',
  ruleSame: '{title} every statement you answered has the same box checked.',
  ruleSameTitle: 'The same answer throughout:',
  ruleSpread:
    '{title} beside each answer, write its distance from the box you checked most often, with a minus sign below it (−1, 0, +2 …). Add the distances: D. Add their squares: S. With n statements answered, there is almost no spread when n × S − D × D is less than {k} × n × n.',
  ruleSpreadTitle: 'Almost no spread:',
  rulePairs:
    '{title} each pair below describes opposite responses to the same situation. A pair contradicts itself when the points of its two statements are {gap} or more apart: both ends claimed at once. A pair with a “{na}” does not count. More than {max} contradicting pairs: no reading. The pairs: {pairs}.',
  rulePairsTitle: 'Contradicting pairs:',
  pair: '{first} and {second}',
  ruleMixed:
    '{title} for each dimension with at least two answered statements, work out the spread of its points as in the rule on spread, using points instead of boxes: the square root of (n × S − D × D) ÷ (n × n). If the average of these spreads is above {limit} points, your points pull both ways as much as random answers do: no reading.',
  ruleMixedTitle: 'Points that pull both ways:',
  step3:
    '{title} Count the statements you answered (n) and add their points. With fewer than {min} answered, the dimension has no level: write “{notEnough}”. Otherwise find its level in the table of points to levels: the row for n, the column its points fall in.',
  step3Title: 'Each dimension.',
  step4:
    '{title} Only when every dimension has a level: add up the {dimensions} level numbers and find the sum in the table of the overall reading. If any dimension has “{notEnough}”, there is no overall reading.',
  step4TitleSum: 'Overall reading.',
  step4Values:
    '{title} Only when every dimension has a level: take the average of the {dimensions} levels’ values (last column of the levels table), rounded to a whole number (a half rounds toward 50), and find the level whose score range holds it. If any dimension has “{notEnough}”, there is no overall reading.',
  miniMeMark: 'M',
  adaptiveMark: 'A',
  dimsLabel: 'Dimensions table (scrolls sideways)',
  dimsCaption: 'Which statements belong to which dimension',
  dimension: 'Dimension',
  statements: 'Statements ({m} = mini-me, {a} = adaptive)',
  answered: 'Answered (n)',
  points: 'Points',
  level: 'Level',
  toLevelLabel: 'Points to levels table (scrolls sideways)',
  toLevelCaption: 'Points to levels, by how many of the dimension’s statements you answered',
  toLevelNote: 'Fewer than {min} answered: {notEnough}.',
  levelColumn: '{number} · {name}',
  bandsCaption: 'The levels and their cut points (higher = more mini-me)',
  bandRange: 'Score',
  bandMeaning: 'Name and meaning',
  bandName: 'Name',
  bandValue: 'Value',
  bandsNote:
    'The cut points apply to a dimension’s score: 100 × points ÷ ({span} × n), rounded to a whole number (a half rounds toward 50). The table of points to levels applies them for you.',
  overallCaption: 'The overall reading from the sum of the level numbers',
  sum: 'Sum of the levels',
  overall: 'Overall reading',
  readingLine: 'My answers separate (no rule of step 2 holds): yes / no',
  overallLine: 'Overall reading:',
  closing:
    'A short self-report is imprecise: read levels, not digits. Compare with how your team sees you ({team}), and read the guide for each dimension ({guide}).',
  printCredit: 'Based on {author}’s article “{title}”. Instrument version {version}.',
} as const;

/** The facilitator's page (/workshop/; its words are in content/pages/workshop.mdx), and the links to it on the home page and in the footer. */
export const workshop = {
  eyebrow: 'For trainers · facilitator’s page',
  printHint:
    'Printing: the agenda gets a page to itself, each role-play case starts a new page, ready to cut into its three briefs, and the commitment card closes on a page of its own. A4 and Letter both work.',
  onThisPage: 'On this page',
  printFooter: 'Facilitator’s page: {address}. Based on {author}’s article “{title}”.',
  homeEyebrow: 'For trainers',
  homeLink: 'Open the facilitator’s page',
  footerLink: 'Workshop for trainers',
} as const;

// ------------------------------------------------------------------------------------------------
// Islands and the components they share. A page hands each island its groups as its `strings` prop
// (src/i18n/index.ts islandStrings), so these words travel in the page's HTML, not in its JS.

/** src/islands/QuizApp.tsx: the manager's own check. */
export const quiz = {
  resultLabel: 'See my result',
  restartLabel: 'Retake the check',
  /** The intro's facts: each `{lead}` is the fact's first sentence, shown in bold (its …Lead message). */
  introLength: '{lead} One at a time; you can go back.',
  introLengthLead: '{count} statements, about {minutes} minutes.',
  introHonest: '{lead} Think of what you actually did with your team in the last month.',
  introHonestLead: 'Answer as you are, not as you think you should be.',
  introNoRight: '{lead} Every one describes something capable managers do.',
  introNoRightLead: 'There is no right answer to any statement.',
  introPrivate: '{lead} Nothing is sent anywhere; you choose whether to share the result.',
  introPrivateLead: 'Your answers stay on this device.',
  nextSteps: 'See how your team sees you: {team}. Your past results are kept on this device: {history}.',
  nextStepsTeam: 'ask your reps',
  nextStepsHistory: 'your progress over time',
  /** When the answers carry no verdict (src/islands/NoVerdict.tsx); {label} is the instrument's "hasn't come up". */
  noVerdictTitle: 'No result from these answers',
  noVerdictLead:
    'These answers don’t give the check a clear enough picture to read, so it shows no result rather than a misleading one. It happens, and it says nothing about your coaching.',
  noVerdictAgain:
    'For each statement, picture a specific recent moment: your last deal review, a recent ride-along, the last time a rep brought you a stuck deal. Answer with what you actually did then, and choose “{label}” only when the situation really hasn’t come up in the last month.',
  /** On the manager's own no-verdict screen only: `{code}` is the no-verdict marker, such as v2-none. */
  noVerdictCohort:
    'If a trainer is collecting results for a workshop, send them {code} instead, so the cohort’s share of answers that did not separate is right.',
} as const;

/** src/islands/QuizFlow.tsx: the question-by-question flow both checks share. */
export const flow = {
  unreadable: 'We could not read the progress saved on this device, so the check starts fresh. Nothing was sent anywhere.',
  storageWhat: 'your progress',
  confirmRestart: 'Start over? Your answers so far will be cleared from this device.',
  confirmYes: 'Yes, start over',
  confirmKeep: 'Keep my answers',
  introTitle: 'Before you start',
  continue: 'Continue ({answered} of {total} answered)',
  start: 'Start the check',
  reviewLast: 'Review my last answer',
  progress: 'Statement {number} of {total}',
  progressLegend: 'Statement {number} of {total}: ',
  keys: 'Keys: {first}–{last} choose, {enter} goes on',
  /** The same, where the check offers "hasn't come up"; {label} is its label, {none} its key. */
  keysNotApplicable: 'Keys: {first}–{last} choose, {none} for “{label}”, {enter} goes on',
  enterKey: 'Enter',
  back: 'Back',
  next: 'Next',
  startOver: 'Start over',
  /** After answers that carry no verdict: back to the first statement, answers kept. */
  reviewAll: 'Review my answers',
} as const;

/**
 * src/islands/NoVerdict.tsx: what both checks say when the answers carry no verdict (src/lib/scoring.ts
 * readAnswers), one line per reason found, keyed by the reason (the title, lead and invitation are the
 * form's own: quiz.noVerdict… and rater.noVerdict…). {label} is the instrument's "hasn't come up".
 */
export const noVerdict = {
  whyTitle: 'What the check noticed',
  'same-answer':
    'Every statement got the same answer. The check works by comparing statements, so one answer throughout leaves nothing to compare.',
  'no-spread':
    'Nearly every statement got the same answer or the one next to it. With that little spread, the check can’t tell which way the coaching leans.',
  contradictions:
    'Some answers point both ways at once. Several statements come in pairs that describe opposite ways of handling the same moment, and some pairs got the same strong answer, as if both happened almost always, or both almost never.',
  'too-few-answers':
    'Many statements were marked “{label}”. That is an honest answer, but it leaves too few situations to read a result from.',
  againTitle: 'Try again with real moments in mind',
} as const;

/** src/islands/RaterApp.tsx: the rep's version. */
export const rater = {
  resultLabel: 'Get my rater code',
  restartLabel: 'Answer again',
  introLength: '{count} statements about your manager, about {minutes} minutes.',
  /** `{lead}` is the start of the sentence, shown in bold (introDescribeLead). */
  introDescribe: '{lead} not what you wish they did or think they should.',
  introDescribeLead: 'Describe what your manager actually does,',
  introPrivate: '{lead} At the end you get a short code to send on.',
  introPrivateLead: 'Your answers stay on this device.',
  doneTitle: 'Thank you. Here is your rater code',
  codeLine: 'Your rater code: {code}',
  send: 'Send the code, or the link below, to your manager. They paste it, with their other reps’ codes, into the team comparison.',
  revealsTitle: 'What the code tells your manager',
  reveals: '{title} how you rated them on each of the check’s {dimensions} dimensions, as one of {bands} levels per dimension.',
  revealsLead: 'It reveals',
  hides: '{title} your individual answers, or anything else about you.',
  hidesLead: 'It does not reveal',
  notAnonymous: '{title} your manager sees each code they receive, so when you send yours, they will know these levels are yours.',
  notAnonymousLead: 'It is not anonymous:',
  linkLabel: 'Link for your manager',
  shareTitle: 'My rater code for the Mini-Me Check',
  /** When the answers carry no verdict, so there is no code (src/islands/NoVerdict.tsx); {label} as in quiz. */
  noVerdictTitle: 'No code from these answers',
  noVerdictLead:
    'These answers don’t give a clear enough picture for a code, so you get none rather than one that could mislead your manager. It happens, and it says nothing about you or your manager.',
  noVerdictAgain:
    'For each statement, picture a specific recent moment with your manager: your last deal review, a recent ride-along, the last time you asked them for help. Answer with what they actually did then, and choose “{label}” only when the situation really hasn’t come up in the last month.',
} as const;

/** src/components/ResultView.tsx (server-rendered on result pages too) and src/components/BandMeter.tsx. */
export const result = {
  yourResult: 'Your result',
  sharedResult: 'A Mini-Me Check result',
  indexLabel: 'Mini-Me Index',
  /** The index after its label: `{value}` is the number, shown large; the rest is shown small. */
  outOf: '{value} out of 100',
  scaleNote: '0 means coaching that builds on each rep; 100 means coaching everyone to sell the way you did.',
  chartCaption: 'Where each dimension falls',
  bandOf: '(band {number} of {count})',
  workOn: 'What to work on',
  dimensionBand: '{dimension}: {band}',
  read: 'Read: {chapters}',
  selfReportTitle: 'What a self-check can and cannot tell you',
  askTeam: 'Ask your team how they see your coaching',
  /** The two ends of every band meter, on the page and on a result's link preview image. */
  axisLow: 'Builds on each rep',
  axisHigh: 'Coaches everyone like you',
  overallLabel: 'Overall:',
  noOverallHeading: 'No overall reading',
  noOverall: 'no overall reading',
  noOverallMeaning:
    'At least one dimension had too few answered statements for a level, so there is no overall reading. The dimensions that have one are below.',
  notEnough: 'Not enough answers',
  notEnoughMeaning: 'Too many of this dimension’s situations had not come up in the last month to give it a level.',
  earlierVersion: 'This result was made with an earlier version of the check (version {version}). {link}',
  earlierVersionLink: 'Take the current check',
} as const;

/** src/islands/SharePanel.tsx. */
export const share = {
  title: 'Share this result',
  what: 'The link holds only the {dimensions} bands above, never your answers.',
  linkLabel: 'Link to this result',
  shareTitle: 'My Mini-Me Check result',
} as const;

/** src/islands/CopyLink.tsx. */
export const copyLink = {
  copy: 'Copy link',
  share: 'Share…',
  copied: 'Copied.',
  blocked: 'Copying was blocked: the text is selected, so press Ctrl+C (or ⌘C) to copy it.',
} as const;

/** src/islands/StorageNotice.tsx; `{what}` is the island's own storageWhat. */
export const storage = {
  full: 'Your browser’s storage for this site is full, so {what} will not be kept if you leave this page.',
  unavailable:
    'Your browser is not letting this site save anything, so {what} will not be kept if you leave this page. Everything here still works.',
} as const;

/** src/islands/HistoryApp.tsx. */
export const history = {
  storageWhat: 'your history',
  exported: { one: 'Exported {count} result to a file.', other: 'Exported {count} results to a file.' },
  tooLarge: 'That file is too large to be a history file. Nothing was changed.',
  imported: { one: 'Imported {count} result; {fresh} new.', other: 'Imported {count} results; {fresh} new.' },
  importFailed: '{reason} Nothing was changed.',
  unreadable: 'The history saved on this device could not be read. It is kept aside, untouched, until you import or clear.',
  empty: 'No finished checks on this device yet. {link}; each result you finish is added here.',
  emptyLink: 'Take the check',
  trendCaption:
    'Your overall reading over time, one point per check taken on version {version}, from “{low}” on the bottom row to “{high}” on the top.',
  trendEarlier: {
    one: '{count} check from an earlier version is in the table but not in the chart: its levels do not compare with version {version}’s.',
    other:
      '{count} checks from earlier versions are in the table but not in the chart: their levels do not compare with version {version}’s.',
  },
  trendNoOverall: {
    one: '{count} check with no overall reading is in the table but not in the chart.',
    other: '{count} checks with no overall reading are in the table but not in the chart.',
  },
  oldest: 'oldest',
  newest: 'newest',
  tableCaption: 'Finished checks, newest first',
  date: 'Date',
  overall: 'Overall reading',
  version: 'Version',
  result: 'Result',
  overallIndex: 'Mini-Me Index {index}, {band}',
  noOverall: 'no overall reading',
  versionCurrent: '{version}',
  versionEarlier: '{version} (earlier)',
  export: 'Export to a file',
  import: 'Import a file',
  fileLabel: 'History file to import',
  clear: 'Clear history',
  confirmClear: {
    one: 'Clear all {count} saved result from this device? Export first if you may want them back.',
    other: 'Clear all {count} saved results from this device? Export first if you may want them back.',
  },
  confirmYes: 'Yes, clear',
  confirmKeep: 'Keep it',
  cleared: 'History cleared.',
  /** The export's file name without its extension (always .json); {date} is YYYY-MM-DD. */
  fileName: 'mini-me-check-history-{date}',
} as const;

/** Why an imported history file was refused (src/lib/history.ts ImportError), worded by src/i18n/reasons.ts. */
export const importError = {
  notText: 'The file could not be read as text.',
  tooLarge: 'The file is larger than {size}, far larger than any Mini-Me Check history, so it was not read.',
  notJson: 'The file is not a Mini-Me Check history file: it is not JSON text.',
  notHistory: 'The file is not a Mini-Me Check history file.',
  otherKind: 'The file is from Mini-Me Check, but it is not a history file (its kind is {found}).',
  noFormat: 'The history file has no format number this site can read (found {found}).',
  newerFormat:
    'The history file was made by a newer version of Mini-Me Check (format {format}); this site reads format {reads} only. Import it on the newer site.',
  noEntries: 'The history file has no list of entries.',
  tooMany: 'The history file holds {count} entries; at most {max} can be imported.',
  badEntry: 'Entry {position} of {count} is not valid: {problem}.',
  notAnEntry: 'it is not an entry with a date, a code and a version',
  badDate: 'its date {date} is not a date and time in ISO 8601 UTC form, such as {example}',
  unknownVersion: 'its code {code} is from version v{version} of the check, which this site does not know',
  unreadableCode: 'its code {code} is not a result code this site can read',
  notCanonical: 'its code {code} is not written as a result code is',
  versionMismatch: 'its version {version} does not match its code {code}',
  unreadable: 'it could not be read',
} as const;

/** src/islands/CompareApp.tsx. */
export const compare = {
  storageWhat: 'the codes you paste',
  codesTitle: '1. Your team’s summary or codes',
  codesLabel: 'A team summary link, or rater codes and links, one or several per line',
  codesHint:
    'Reps answer the {link}. If they sent their codes to a collector, open or paste the team summary link the collector made: it holds only the team’s aggregate. If they sent their codes to you, paste them in any mix (a code looks like {example}); each is one rep’s levels. Lines that are not codes are pointed out and left out. Opening a link adds what it holds here once.',
  codesHintLink: 'rater version',
  /** What the box holds: `{read}` is the read message, `{leftOut}` the left-out one. */
  summary: '{read}.',
  summaryLeftOut: '{read}; {leftOut}.',
  read: { one: '{count} rater code read', other: '{count} rater codes read' },
  summaryRead: { one: 'A team summary from {count} rater read', other: 'A team summary from {count} raters read' },
  leftOut: { one: '{count} line with something left out (see below)', other: '{count} lines with something left out (see below)' },
  added: { one: 'Added {count} line from the link you opened.', other: 'Added {count} lines from the link you opened.' },
  alreadyThere: 'The code in the link you opened is already in the box. If a second rep sent the same code, {button}.',
  addAgain: 'add it again',
  problemsLabel: 'Lines left out',
  /** A line left out: `{line}` is problemLine (in bold), `{text}` what the line holds, `{reason}` why (teamProblem). */
  problem: '{line} “{text}”: {reason}.',
  problemNoText: '{line} {reason}.',
  problemLine: 'Line {line}:',
  selfTitle: '2. Your own result',
  selfFromBox: 'Using your result from the box: {code}.',
  compareWith: 'Compare with',
  choice: '{date}: index {index}, {band}',
  choiceBand: '{date}: {band}',
  choiceNoOverall: '{date}: no overall reading ({code})',
  choiceOtherVersion: '{date}: {code} (version {version}: does not compare with this version)',
  /** The newest choice: `{choice}` is the choice's own message. */
  newest: '{choice} (newest)',
  none: 'None: show the team’s view only',
  noHistory: 'There is no finished check on this device. {link} first, or paste the link to your result into the box above.',
  noHistoryLink: 'Take the check',
  viewTitle: '3. You and your team',
  empty: 'Open or paste a team summary link, or paste at least one rater code, to see how your team’s view compares with yours.',
  /** `{lead}` is summaryLead, in bold. */
  summaryNote:
    '{lead} It holds only the team’s aggregate: how many raters, and per dimension the level their average falls in, and whether they agree or are split. Nobody, you included, can tell from it whose levels are whose.',
  summaryLead: 'From a collector’s team summary.',
  summaryOtherVersion:
    'The team summary is from another version of the check, so it is left out: levels of two versions do not compare. Ask your collector for a summary of version {version}.',
  /** `{lead}` is fewRatersLead, shown in bold. */
  fewRaters: {
    one: '{lead} with one rater so far, no blind spot is marked. A blind spot needs at least {min} raters who gave that dimension a level.',
    other:
      '{lead} with {words} raters so far, no blind spot is marked. A blind spot needs at least {min} raters who gave that dimension a level.',
  },
  fewRatersLead: 'Fewer than {min} raters:',
  selfOtherVersion:
    'Your own result is from another version of the check, so it is left out of the comparison. Take the check again to compare.',
  otherVersion: {
    one: '{count} code is from another version of the check, so it is left out: levels of two versions do not compare. Ask that rep to answer version {version}.',
    other:
      '{count} codes are from another version of the check, so they are left out: levels of two versions do not compare. Ask those reps to answer version {version}.',
  },
  otherVersionCode: '{code}: version {version}, line {line}',
  average: { one: 'Average of {count} rater', other: 'Average of {count} raters' },
  averageBesideYou: { one: 'Average of {count} rater beside your own view', other: 'Average of {count} raters beside your own view' },
  blindSpot: 'Blind spot',
  you: 'You: {band}',
  team: 'Team: {band} {detail}',
  /** How the team's raters stand on a dimension: within one level of each other, or split across the scale. */
  agree: { one: '(from {count} rater)', other: '(from {count} raters, within one level of each other)' },
  split: '(from {count} raters, split: from “{low}” to “{high}”)',
  tooFewForBlind: {
    one: 'Your team sees this at least one level more mini-me than you do, but only {count} rater gave it a level: a blind spot needs at least {min}.',
    other:
      'Your team sees this at least one level more mini-me than you do, but only {count} raters gave it a level: a blind spot needs at least {min}.',
  },
  blindTitle: 'Your blind spots',
  blindIntro:
    'A blind spot is a dimension where your team’s average level is more mini-me than your own by at least one level, from at least {min} raters who gave that dimension a level. Yours:',
  /** A blind spot: `{dimension}` is blindDimension (in bold), `{advice}` the instrument's advice, `{read}` the blindRead link. */
  blindLine: '{dimension} {advice} {read}',
  blindDimension: '{dimension}.',
  blindRead: 'Read: {chapter}',
  noBlind:
    'No blind spot. A blind spot is a dimension where your team’s average level is more mini-me than your own by at least one level, from at least {min} raters who gave that dimension a level; no dimension meets both.',
  blindRule:
    'Choose your own result above to see the blind spots: dimensions where your team’s average level is more mini-me than your own by at least one level, from at least {min} raters who gave that dimension a level.',
  linkLabel: 'Link to this comparison (holds the codes, nothing else)',
  linkLabelSummary: 'Link to this comparison (your result and the team summary, nothing else; a trainer can add it to a cohort view)',
} as const;

/** Who sees what (src/components/WhoSees.astro), on every page of the team and cohort views. */
export const whoSees = {
  title: 'Who sees what',
  intro:
    'A collector is someone your reps trust who is not their manager: a trainer, an HR partner, a peer manager. Teams that send codes straight to the manager have none.',
  caption: 'What each person involved can see, and what they never see',
  who: 'Who',
  sees: 'Sees',
  never: 'Never sees',
  rep: 'Rep',
  repSees: 'Their own answers and their code.',
  repNever: 'Other reps’ codes; the manager’s result.',
  collector: 'Collector',
  collectorSees: 'Each code sent to them: one rep’s levels.',
  collectorNever: 'Any rep’s answers.',
  manager: 'Manager',
  managerSees:
    'Through a collector: only the team summary, from at least three codes (how many raters; per dimension a level or a range). Direct: each rep’s code.',
  managerNever: 'Any answers; through a collector, whose levels are whose.',
  trainer: 'Trainer',
  trainerSees: 'The result links managers choose to send, and the counts made from them.',
  trainerNever: 'Any answers; any rep’s code, unless also the collector.',
  host: 'Host',
  hostSees:
    'Which pages are opened. A result link’s code is in its address, so logs may hold it; nothing after the # of a link is ever sent.',
  hostNever: 'Answers: they stay on the device that gave them.',
} as const;

/**
 * Why a line of the paste box was left out (src/lib/team.ts ProblemReason: its own kinds and those
 * of CodeError), worded by src/i18n/reasons/team.ts. Keyed by the reason's kind and taking its fields
 * as parameters, so the wording is a lookup: the comparison page is near its JS budget.
 */
export const teamProblem = {
  'not-a-code': 'not a rater code or a link to one',
  'upper-case': 'codes are written in lower case: {lower}',
  'too-many-raters': 'more than {max} rater codes; only the first {max} are used',
  'summary-changed':
    'a team summary that was changed after it was made, or damaged in copying, so its figures can’t be trusted; ask the collector for the link again',
  'summary-unknown-version': 'a team summary from version v{version} of the check, which this site does not know',
  'beside-summary': 'a rater code beside a team summary: not counted, since a summary is never mixed with individual codes',
  'summary-not-here': 'a team summary, not a rep’s code: this page makes a summary from codes and does not read one',
  duplicate: 'the same code as on line {firstLine}, so it is counted once',
  replaced: 'from the same rep as the code on line {earlierLine}, who answered again: only this later code is counted',
  'bad-tag': 'the letters after the second dash do not fit the levels: the code was mistyped or changed; ask for it again',
  unlisted: {
    one: '{count} more problem, from line {fromLine} on, not listed',
    other: '{count} more problems, from line {fromLine} on, not listed',
  },
  'too-long': 'the text is longer than {maxChars} characters; reading stopped here',
  'unknown-version': 'from version v{version} of the check, which this site does not know',
  'wrong-length': { one: 'has {count} level; a result has {expected}', other: 'has {count} levels; a result has {expected}' },
  'level-out-of-range': 'a level is out of range: each digit after the dash is a level from 0 to {highest}',
  empty: 'not in the form the check writes a code, such as {example}',
  malformed: 'not in the form the check writes a code, such as {example}',
} as const;

/** The chrome around the cohort island (/cohort/), for trainers. */
export const cohortPage = {
  title: 'Cohort view',
  description:
    'For trainers: paste a cohort of managers’ result links and see how many sit at each level, dimension by dimension, with a one-page handout for the workshop.',
  eyebrow: 'For trainers',
  heading: 'Your cohort at a glance',
  lead: 'Paste the result links your managers send you. They are read and counted on this device and sent nowhere; the cohort’s own link holds only the counts.',
  noscript: 'The cohort view needs JavaScript to read the links and count them.',
} as const;

/** src/islands/CohortApp.tsx and the counts it shows (src/components/CohortCounts.tsx). */
export const cohort = {
  storageWhat: 'the links you paste',
  boxTitle: 'Paste the cohort’s results',
  boxLabel: 'Result links or codes, one manager per line',
  boxHint:
    'Each manager sends the link to their result, or its code such as {example}, or the comparison link they made beside a team summary. A manager whose answers gave no result sends {none}. Lines that cannot be used are pointed out and left out.',
  clear: 'Clear the box',
  /** What the box holds: `{read}`, `{none}` and `{leftOut}` are the messages below. */
  status: '{read}, {none}.',
  statusLeftOut: '{read}, {none}; {leftOut}.',
  read: { one: '{count} result read', other: '{count} results read' },
  noneRead: { one: '{count} without a result', other: '{count} without a result' },
  leftOut: { one: '{count} line with something left out (see below)', other: '{count} lines with something left out (see below)' },
  problemsLabel: 'Lines left out',
  /** A line left out: `{line}` is problemLine (in bold), `{text}` what the line holds, `{reason}` why (cohortProblem). */
  problem: '{line} “{text}”: {reason}.',
  problemNoText: '{line} {reason}.',
  problemLine: 'Line {line}:',
  viewTitle: 'The cohort',
  empty: 'Paste the results of at least {min} managers to see the cohort.',
  tooFew: {
    one: 'Only {count} result so far, so no distribution is shown: a distribution of {count} says more about one person than about a cohort. It takes at least {min} results: {more} more.',
    other:
      'Only {count} results so far, so no distribution is shown: a distribution of {count} says more about {count} people than about a cohort. It takes at least {min} results: {more} more.',
  },
  fromLink: 'These counts come from a cohort link, which holds only counts: no manager’s link or code is in it.',
  newCohort: 'Start a new cohort',
  refusedTitle: 'This cohort link can’t be shown',
  changed:
    'This cohort link was changed after it was made (or damaged in copying), so its counts can’t be trusted. Ask for the link again.',
  'unknown-version':
    'This cohort link counts version {version} of the check, which this page does not show (it shows version {current}). Ask for a link made with this version.',
  malformed:
    'This is not a cohort link this page made: what follows “#c=” is not in its form. Check that the whole link was copied, or ask for it again.',
  handoutTitle: 'Mini-Me Check: the cohort at a glance',
  date: 'As of {date}',
  managers: { one: '{count} manager took the check', other: '{count} managers took the check' },
  noneShare: 'Answers that did not separate: {share}',
  shareOf: '{part} of {whole} ({percent})',
  noneMeaning:
    'When answers do not separate (the same answer throughout, say, or too many situations that had not come up), the check gives no result rather than a misleading one.',
  dimensionsTitle: 'Dimension by dimension',
  dimensionsCaption: {
    one: 'How many managers are at each level, per dimension ({count} result)',
    other: 'How many managers are at each level, per dimension ({count} results)',
  },
  dimension: 'Dimension',
  reading: 'Reading',
  notEnough: 'Not enough answers',
  overallTitle: 'Overall reading',
  overallCaption: 'How many managers have each overall reading: the band of their Mini-Me Index',
  overallRow: 'Mini-Me Index',
  noOverall: 'No overall reading',
  gapsTitle: 'How their teams see them',
  gapsCaption: {
    one: 'Each manager’s own level beside their team’s view, per dimension ({count} team summary)',
    other: 'Each manager’s own level beside their team’s view, per dimension ({count} team summaries)',
  },
  gapHigher: 'Team sees more mini-me',
  gapClose: 'About the same',
  gapLower: 'Team sees less mini-me',
  gapNone: 'Not compared',
  gapsRule:
    'A team sees its manager more (or less) mini-me when the team’s average level is at least one level above (or below) the manager’s own: the same margin as a blind spot. A dimension is compared only where the manager has a level and at least {min} raters gave one.',
  gapsFew: {
    one: '{count} manager brought a team summary. Self–team gaps across a cohort take at least {min} summaries, so none are shown.',
    other: '{count} managers brought a team summary. Self–team gaps across a cohort take at least {min} summaries, so none are shown.',
  },
  howTitle: 'How to read this',
  how1: 'Every figure is how many managers, never which ones. A level describes coaching habits in the last month, not a person.',
  how2: 'A self-check shows how managers see themselves. Where teams answered too, the gaps table shows where this cohort’s teams see more, or less, “coaching like me” than their managers do.',
  how3: 'Look at the shape: a dimension where many lean mini-me is a topic for the whole group; a wide spread means different managers need different things.',
  promptsTitle: 'For discussion',
  prompt1: 'On which dimension does the cohort lean most mini-me? What makes that habit easy to fall into here?',
  prompt2: 'Think of one rep who wins differently from the way you did. What did you do last month to build on that?',
  prompt3: 'Where a team sees its manager differently, what would you ask your own team first?',
  linkLabel: 'Link to this cohort (holds only the counts)',
  print: 'Print handout',
} as const;

/**
 * Why a line of the cohort box was left out (src/lib/cohort.ts CohortProblemReason), worded by
 * src/i18n/reasons/cohort.ts: keyed by the reason's kind, and `t-<kind>` for a team summary's own errors.
 */
export const cohortProblem = {
  'not-a-code': 'not a result link or code',
  'upper-case': 'codes are written in lower case: {lower}',
  empty: 'not in the form the check writes a result code, such as {example}',
  malformed: 'not in the form the check writes a result code, such as {example}',
  'unknown-version': 'from version v{version} of the check, which this site does not know',
  'wrong-length': { one: 'has {count} level; a result has {expected}', other: 'has {count} levels; a result has {expected}' },
  'level-out-of-range': 'a level is higher than any level of this version of the check',
  'bad-tag': 'the code was mistyped or changed; ask for it again',
  't-malformed': 'not a team summary in the form the collector’s page writes; the manager’s own result still counts',
  't-unknown-version': 'a team summary from version v{version} of the check, which this site does not know',
  't-changed':
    'this team summary was changed after it was made (or damaged in copying), so it is left out; the manager’s own result still counts',
  'rater-code': 'a rep’s rater code: those go to the team’s collector, not into a cohort',
  'summary-alone': 'a team summary without its manager’s own result on the same line: paste the comparison link the manager made',
  'summary-ambiguous':
    'more than one result or team summary on this line, so which summary goes with which result is unclear; the summary is left out',
  'summary-version':
    'a team summary of version {version} beside a result of version {selfVersion}: they do not compare, so the summary is left out',
  'other-version':
    'from version {version} of the check; this cohort counts version {current}, and levels of two versions are never counted together, so it is left out',
  duplicate: 'the same link as on line {firstLine}, so it is counted once',
  'summary-reused':
    'the team summary already counted on line {firstLine}, with another result: one team has one manager, so this line is left out',
  'too-many': 'more than {max} managers; only the first {max} are counted',
  unlisted: {
    one: '{count} more problem, from line {fromLine} on, not listed',
    other: '{count} more problems, from line {fromLine} on, not listed',
  },
  'too-long': 'the text is longer than {maxChars} characters; reading stopped here',
} as const;
