/**
 * A client's message triaged by both the lexicon and the trained model. The lexicon is precise
 * and explains itself; the model reads what the lists do not hold. How they combine:
 *
 * - abuse: the lexicon's cues, or the model's probability of abuse of the whole text at or
 *   above `MODEL_ABUSE`, or of its most abusive sentence at or above `MODEL_SENTENCE_ABUSE` (a
 *   polite page does not hide one insult; one sentence alone says less, so it needs more);
 * - else praise: the lexicon's cues unless the model all but rules praise out (below
 *   `LEXICON_PRAISE_VETO`) or leans to abuse (`LEXICON_PRAISE_ABUSE_VETO`): sarcasm in words the
 *   lists do not know; or the model's probability of praise at or above `MODEL_PRAISE` where the
 *   lexicon saw some praise, `MODEL_UNSEEN_PRAISE` where it saw none — unless the lexicon saw why
 *   praise is none (an auto-reply, negated or ironic praise);
 * - else neither.
 *
 * The text is read back from obfuscation first ("i d i o t", "д@бил", look-alike letters), for
 * the lexicon as for the model.
 */
import { classifyMessage, type Classification, type TriageKind } from './classify-message';
import { modelText, russianSpelling, sentencesOf, unobfuscate } from './model/text-features';
import { triageModel, unmaskAbuse, type TriageModel } from './model/triage-model';

/**
 * Thresholds on the model's calibrated probabilities, set on the corpus's calibration part (see
 * the model card): there, abusive precision 0.93 at recall 0.86 with 9% of neutral texts called
 * abusive, compliment precision 0.95 at recall 0.79.
 */
export const MODEL_ABUSE = 0.7;
export const MODEL_SENTENCE_ABUSE = 0.9;
export const MODEL_PRAISE = 0.7;
export const LEXICON_PRAISE_VETO = 0.001;
export const LEXICON_PRAISE_ABUSE_VETO = 0.4;
export const MODEL_UNSEEN_PRAISE = 0.85;

/** Lexicon cues that say praise is none, whatever the model thinks. */
const NOT_PRAISE = /^(?:auto-reply$|not |ironic )/;

export interface TriageDecision extends Classification {
  /** Who decided: the lexicon, the model, or both agreeing; 'neither' when neither found enough. */
  decidedBy: 'lexicon' | 'model' | 'both' | 'neither';
}

/** Another model or other thresholds, for training and evaluation. */
export interface TriageOptions {
  model?: TriageModel;
  abuse?: number;
  sentenceAbuse?: number;
  praise?: number;
  veto?: number;
  abuseVeto?: number;
  unseenPraise?: number;
}

export function triageMessage(
  words: string,
  subject?: string,
  options: TriageOptions = {},
): TriageDecision {
  const trained = options.model ?? triageModel();
  const thresholds = {
    abuse: options.abuse ?? MODEL_ABUSE,
    sentenceAbuse: options.sentenceAbuse ?? MODEL_SENTENCE_ABUSE,
    praise: options.praise ?? MODEL_PRAISE,
  };
  const { lexicon, sentences } = readMessage(words, subject);
  const model = trained.scoreSentences(sentences);
  const [wholeAbuse, praise] = model.whole;
  const sentenceAbuse = model.worstSentence.abusive;
  // Praise the lexicon found outweighs one sentence the model doubts, not the whole text.
  const modelAbuse =
    wholeAbuse >= thresholds.abuse ||
    (sentenceAbuse >= thresholds.sentenceAbuse && lexicon.kind !== 'compliment');
  const abuse = Math.max(wholeAbuse, sentenceAbuse);

  const decide = (kind: TriageKind, lexiconSays: boolean, p: number): TriageDecision => {
    const modelSays = kind === 'abusive' ? modelAbuse : p >= thresholds.praise;
    const cues = lexiconSays
      ? lexicon.cues
      : trained.explain(sentences, kind === 'abusive' ? 'abusive' : 'compliment');
    return {
      kind,
      confidence: confidenceOf(
        lexiconSays ? lexicon.confidence : undefined,
        modelSays ? p : undefined,
      ),
      language: lexicon.language,
      cues,
      decidedBy: lexiconSays && modelSays ? 'both' : lexiconSays ? 'lexicon' : 'model',
    };
  };

  if (lexicon.kind === 'abusive' || modelAbuse) {
    return decide('abusive', lexicon.kind === 'abusive', abuse);
  }
  const praiseBlocked = lexicon.cues.some((cue) => NOT_PRAISE.test(cue));
  const lexiconPraise =
    lexicon.kind === 'compliment' &&
    praise >= (options.veto ?? LEXICON_PRAISE_VETO) &&
    wholeAbuse < (options.abuseVeto ?? LEXICON_PRAISE_ABUSE_VETO);
  // Where the lexicon saw no praise at all, the model alone must be surer: the corpus's
  // compliments are Reddit comments, and plain statements can read like them.
  const needed =
    (lexicon.praise ?? 0) > 0 ? thresholds.praise : (options.unseenPraise ?? MODEL_UNSEEN_PRAISE);
  const modelPraise = praise >= needed && !praiseBlocked;
  if (lexiconPraise || modelPraise) {
    return decide('compliment', lexiconPraise, praise);
  }
  return { ...lexicon, kind: 'neither', decidedBy: 'neither' };
}

/**
 * What the lexicon makes of the message, and the model's sentences: both read back from
 * obfuscation, and a message the lexicon finds nothing in that reads as Russian in Latin
 * letters ("ty durak") read in Cyrillic.
 */
function readMessage(words: string, subject?: string) {
  let plainWords = unobfuscate(words, unmaskAbuse);
  let plainSubject = subject && unobfuscate(subject, unmaskAbuse);
  let lexicon = classifyMessage(plainWords, plainSubject);
  const russian = lexicon.kind === 'neither' ? russianSpelling(plainWords) : undefined;
  if (russian !== undefined) {
    plainWords = russian;
    plainSubject = plainSubject && (russianSpelling(plainSubject) ?? plainSubject);
    lexicon = classifyMessage(plainWords, plainSubject);
  }
  const text = plainSubject ? `${plainSubject}\n${plainWords}` : plainWords;
  return { lexicon, sentences: sentencesOf(modelText(text)) };
}

/**
 * One that decided alone gives its own confidence; when both agree, their mean: the model's is
 * calibrated, the lexicon's grows with every cue it found.
 */
function confidenceOf(lexicon: number | undefined, model: number | undefined): number {
  if (lexicon === undefined) return model!;
  return model === undefined ? lexicon : (lexicon + model) / 2;
}
