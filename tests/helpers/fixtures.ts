/**
 * The labelled seed article for tests: the repository's published article with the seed's labels.
 * (`npm run eval` scores every labelled fixture in scripts/eval/; tests read what they need here.)
 */
export { seedArticle, type LabelledArticle } from "../../src/evaluate.ts";
