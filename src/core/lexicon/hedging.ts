/**
 * Hedging (rule `hedging`, a hint): a statement softened into a guess ("と思います", "probably"). Support
 * cannot tell what was verified from what is suspected, and may re-check facts or chase guesses.
 *
 * A reason in the same clause cures it: a guess with its evidence is exactly what support wants
 * ("ThrottledRequests が 0 のため、スロットリングではないと思います").
 */
import { en, ja, type LexiconTerm } from "./types";

export const HEDGING_TERMS: readonly LexiconTerm[] = [
  ja("と思(?:います|われます|われる|う|っています|いますが)", { regex: true }),
  ja("かもしれ(?:ません|ない)", { regex: true }),
  ja("かも知れ(?:ません|ない)", { regex: true }),
  ja("おそらく"),
  ja("恐らく"),
  ja("たぶん"),
  ja("多分"),
  ja("気がします"),
  ja("ような気が"),
  ja("のではないか"),
  ja("ではないかと"),
  en("I think"),
  en("I believe"),
  en("I guess"),
  en("I suppose"),
  en("I feel like"),
  en("we think"),
  en("maybe"),
  en("perhaps"),
  en("probably"),
  en("possibly"),
  en("might be"),
  en("seems to"),
  en("it seems"),
  en("not sure (?:if|whether|why)", { regex: true }),
];

/** A reason given in the same clause turns a guess into a reasoned hypothesis. */
export const REASON = /because|since|given that|based on|according to|as shown|as the logs|ため|ので|根拠|ことから|により|によると|から判断/i;
