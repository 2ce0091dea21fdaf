/**
 * Verb forms that the "-ed" test misses: irregular past tenses, which end a subject's noun phrase as surely
 * as "reported" does ("The billionaire businessman began by ..., saying"). Only forms that are not also
 * common nouns or present tenses: "left", "set", "hit", "cut", "put", "read", "found", "felt", "lead" are
 * left out.
 */
import { wordSet } from "./words.ts";

/** Irregular past tenses that are never nouns in a speaker's phrase (lowercase). */
export const IRREGULAR_PAST = wordSet(`
  began sought took made gave went came ran held kept met sent spent stood thought brought bought caught fought
  taught won lost led fled drove rode spoke broke chose rose fell got knew paid saw sat slept stole struck swore
  threw understood woke wore became did had was were withdrew forgave forbade overcame undertook upheld
  sang sank swam shook drew grew flew blew hid bit dug hung froze
`);

/** Forms of "go" before "on to" + verb: "went on to say", "goes on to add". */
export const GO_FORMS = wordSet("go goes going went gone");

/** Verbs that take another verb after "to" and leave the subject to it: "continued to insist", "proceeded to tell". */
export const CONTINUE_FORMS = wordSet("continue continues continued continuing proceed proceeds proceeded");
