// Where an evaluation step of a member's record leads (#/evaluation-adjustments/5, #/evaluation-objections/7): the
// member's breakdown of the year the adjustment or objection is about, which may be a year before the day it was made.
// It takes this address's place in the history, so Back returns to the record.
import { breakdownHref } from '../evaluation-marks.js';

/** step: the EvaluationAdjustment or EvaluationObjection the address names. */
export function render(root, { step }) {
  window.location.replace(breakdownHref(step.committeeId, step.year, step.member.id));
}
