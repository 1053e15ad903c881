// The learned type model for candidates: a multinomial logistic regression over
// typeFeatures(), trained by scripts/train-types.ts on the development gold sets
// (never the held-out ones) with the rules' own guess as one feature. The rules
// know cues ("in", "published by", "-grad"); the model weighs them against each
// other and against the words and endings that went with each type in annotated
// text, where hand-made precedence cannot ("Kadets", "the Urals", "Suhrkamp").
// Prediction is a sum of a few dozen weights per candidate.

import { typeFeatures } from './typeFeatures';
import { TYPE_MODEL } from './typeModel.data';
import type { EntityMention, EntityType } from './types';

export const MODEL_TYPES: EntityType[] = ['person', 'place', 'organization', 'event', 'work', 'group'];

/** A rule's type gives way only to a model this sure of another. */
export const OVERRIDE_CONFIDENCE = 0.8;
/** An untyped candidate takes the model's guess when it is at least even odds; below that it stays unknown, for the user to say. */
export const GUESS_CONFIDENCE = 0.5;

let weights: Map<string, number[]> | undefined;
function model(): Map<string, number[]> {
  return (weights ??= new Map(Object.entries(TYPE_MODEL.weights)));
}

/** The model's probability for each type, in MODEL_TYPES order. */
export function typeProbabilities(features: string[], w: Map<string, number[]> = model()): number[] {
  const z = [0, 0, 0, 0, 0, 0];
  for (const f of features) {
    const v = w.get(f);
    if (v) for (let k = 0; k < 6; k++) z[k] += v[k];
  }
  const max = Math.max(...z);
  let sum = 0;
  const p = z.map((x) => {
    const e = Math.exp(x - max);
    sum += e;
    return e;
  });
  return p.map((x) => x / sum);
}

/** An inverted name, "Surname, Given": a person's by its form. */
const INVERTED = /^\p{Lu}[\p{L}'’-]+, \p{Lu}/u;

/**
 * Types the candidates (no id, not ambiguous) of one text with the model: an
 * untyped candidate takes its best guess where that is at least even odds, a
 * typed one changes only where the model is at least OVERRIDE_CONFIDENCE sure
 * of another type.
 */
export function retypeCandidates(text: string, entities: EntityMention[], w: Map<string, number[]> = model()): void {
  for (const m of entities) {
    // A masthead's or title's type comes from where it stands, which the model does not see.
    if (m.id || m.candidates || m.frame) continue;
    // Nor does an inverted name's ("Lindqvist, Bryan", "Getty, J. Arch"), a person's by its form.
    if (m.type === 'person' && INVERTED.test(m.text)) continue;
    // Nor a title in quotation marks with its year after it (“The Iron Road”, 1954), a work by every sign the text gives.
    if (m.type === 'work' && /^["“‘']$/.test(text[m.start - 1] ?? '') && /^["”’'],?\s\(?(?:1[5-9]|20)\d\d\b/.test(text.slice(m.end, m.end + 9))) continue;
    m.type = decideType(typeProbabilities(typeFeatures(text, m), w), m.type);
  }
}

/** The rules' type, or the model's where it is sure enough (see the two confidences). */
export function decideType(p: number[], rule: EntityType | null): EntityType | null {
  let best = 0;
  for (let k = 1; k < 6; k++) if (p[k] > p[best]) best = k;
  // A name the rules typed becomes a work only by the title rules, which see its setting: the model learned
  // quotation marks from titles and would make every quoted term one ("the period of “Dual Power”").
  if (rule && MODEL_TYPES[best] === 'work') return rule;
  return p[best] >= (rule ? OVERRIDE_CONFIDENCE : GUESS_CONFIDENCE) ? MODEL_TYPES[best] : rule;
}
