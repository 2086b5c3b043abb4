import { withDigits, type DigitStyle } from '../thai/digits';

/** The marker a renderer prints before a list item: "๑)" / "1)" for numbered lists, "-" for bullets, as the seeds do. */
export function listLabel(ordered: boolean, index: number, digits: DigitStyle = 'thai'): string {
  return ordered ? withDigits(`${index + 1})`, digits) : '-';
}
