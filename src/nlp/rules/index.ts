/**
 * The attribution rules, in the order the engine tries them at each token.
 */
import { absoluteClause } from "./absolute-clause.ts";
import { accordingTo } from "./according-to.ts";
import { asReportedBy } from "./as-reported-by.ts";
import { closingSpeaker } from "./closing-speaker.ts";
import { conduit } from "./conduit.ts";
import type { AttributionRule } from "./context.ts";
import { figureVerb } from "./figure-verb.ts";
import { participle } from "./participle.ts";
import { passiveAgent } from "./passive-agent.ts";
import { passiveConduit } from "./passive-conduit.ts";
import { relativeSpeaker } from "./relative-speaker.ts";
import { secondVerb } from "./second-verb.ts";
import { speakerVerb } from "./speaker-verb.ts";
import { verbSpeaker } from "./verb-speaker.ts";

/** Rules for constructions that settle a token before the cue rules see it ("according to", conduits, figures). */
export const CONSTRUCTION_RULES: readonly AttributionRule[] = [
  accordingTo, conduit, passiveConduit, absoluteClause, participle, figureVerb, asReportedBy, passiveAgent,
];

/** Rules for a reporting verb that `isSpeechCue` accepts: the speaker before it, then after it. */
export const CUE_RULES: readonly AttributionRule[] = [closingSpeaker, relativeSpeaker, speakerVerb, secondVerb, verbSpeaker];
