/**
 * Words with which a source reports a figure: "put the death toll at 83", "raised the toll to 73,276",
 * "confirmed two deaths", "claimed the lives of 40 people".
 */
import { wordSet } from "./words.ts";

/** Verbs that report a figure: "put the death toll at 83", "raised the toll to 73,276". */
export const FIGURE_VERBS = wordSet(`
  put puts putting placed places placing set sets raised raises raising lowered lowers revised revises increased
  estimated estimates estimating gave gives updated cut
`);
/** Figure verbs of a change, which may give the old figure alone: "raised the death toll from 13". */
export const CHANGE_VERBS = wordSet("raised raises lowered lowers revised revises increased updated cut");
/** Nouns for a figure a verb reports: "the toll", "the number", "the crowd". */
export const FIGURE_NOUNS = wordSet("toll number figure count tally total estimate numbers figures crowd turnout attendance");
/** Outcomes a reported count may count: "confirmed two deaths", "reported 366 deaths". */
export const OUTCOME_NOUNS = wordSet("deaths death dead fatalities casualties injuries injured arrests bodies victims killings");
/** Words that may stand between "claimed" and "lives": "claimed more than 100 lives". */
export const LIVES_QUALIFIERS = wordSet("more than at least over about nearly almost some around up to as many another an additional further hundreds thousands dozens of");
/** "lives", "life": the idiom "claimed the lives of". */
export const LIVES = wordSet("lives life");
