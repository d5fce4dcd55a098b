/**
 * The pseudo-locale (SITE_LOCALE=pseudo): the English table run through ../pseudo.ts, group by group,
 * so a client script importing one group still ships only that group. A real language is a file like
 * ./en.ts with its own words; this one is generated so it never falls behind.
 */
import * as en from './en.ts';
import { pseudoGroup, pseudoText } from '../pseudo.ts';

/** A private-use tag for pseudo-English (en-XA, as Android and Chromium use); Intl treats it as English. */
export const lang = 'en-XA';
export const numberWords = /* @__PURE__ */ en.numberWords.map(pseudoText);
export const site = /* @__PURE__ */ pseudoGroup(en.site);
export const guide = /* @__PURE__ */ pseudoGroup(en.guide);
export const home = /* @__PURE__ */ pseudoGroup(en.home);
export const notFound = /* @__PURE__ */ pseudoGroup(en.notFound);
export const damagedLink = /* @__PURE__ */ pseudoGroup(en.damagedLink);
export const damage = /* @__PURE__ */ pseudoGroup(en.damage);
export const quizPage = /* @__PURE__ */ pseudoGroup(en.quizPage);
export const historyPage = /* @__PURE__ */ pseudoGroup(en.historyPage);
export const teamPage = /* @__PURE__ */ pseudoGroup(en.teamPage);
export const ratePage = /* @__PURE__ */ pseudoGroup(en.ratePage);
export const comparePage = /* @__PURE__ */ pseudoGroup(en.comparePage);
export const collectPage = /* @__PURE__ */ pseudoGroup(en.collectPage);
export const collect = /* @__PURE__ */ pseudoGroup(en.collect);
export const request = /* @__PURE__ */ pseudoGroup(en.request);
export const raterAsk = /* @__PURE__ */ pseudoGroup(en.raterAsk);
export const resultPage = /* @__PURE__ */ pseudoGroup(en.resultPage);
export const worksheet = /* @__PURE__ */ pseudoGroup(en.worksheet);
export const workshop = /* @__PURE__ */ pseudoGroup(en.workshop);
export const quiz = /* @__PURE__ */ pseudoGroup(en.quiz);
export const flow = /* @__PURE__ */ pseudoGroup(en.flow);
export const noVerdict = /* @__PURE__ */ pseudoGroup(en.noVerdict);
export const rater = /* @__PURE__ */ pseudoGroup(en.rater);
export const result = /* @__PURE__ */ pseudoGroup(en.result);
export const share = /* @__PURE__ */ pseudoGroup(en.share);
export const copyLink = /* @__PURE__ */ pseudoGroup(en.copyLink);
export const storage = /* @__PURE__ */ pseudoGroup(en.storage);
export const history = /* @__PURE__ */ pseudoGroup(en.history);
export const importError = /* @__PURE__ */ pseudoGroup(en.importError);
export const compare = /* @__PURE__ */ pseudoGroup(en.compare);
export const whoSees = /* @__PURE__ */ pseudoGroup(en.whoSees);
export const teamProblem = /* @__PURE__ */ pseudoGroup(en.teamProblem);
export const cohortPage = /* @__PURE__ */ pseudoGroup(en.cohortPage);
export const cohort = /* @__PURE__ */ pseudoGroup(en.cohort);
export const cohortProblem = /* @__PURE__ */ pseudoGroup(en.cohortProblem);
