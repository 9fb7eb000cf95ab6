/** Common English words that carry no signal about what an escalation is about. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can cannot could did do does for from had has have he her his how i if in ' +
    'into is it its me my no not of on or our she so than that the their them then there these they this to too ' +
    'up us was we were what when where which while who why will with would you your'
  ).split(' '),
);

/** The words of a text: lowercased runs of unicode letters and digits, English stop words dropped, in order. */
export function tokenise(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word));
}
